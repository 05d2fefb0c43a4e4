package hallq.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libc binding without an input device (none here, nor /dev/uinput): the ioctl number and the input_event
 * layout the kernel uses, a grab refused on files that are no input device, and the native read path fed through
 * a FIFO with the bytes a scanner sends.
 */
class EvdevDeviceTest {

    @Test
    void eviocgrabIsTheNumberLinuxInputHGives() {
        // _IOW('E', 0x90, int) on x86_64 and aarch64 (both use asm-generic/ioctl.h's layout)
        assertEquals(0x40044590L, EvdevDevice.EVIOCGRAB);
        assertEquals(0x40084503L, EvdevDevice.iow('E', 0x03, 8)); // EVIOCSREP, _IOW('E', 0x03, unsigned int[2])
    }

    @Test
    void inputEventIsLaidOutAsTheKernelsOnThisMachine() {
        EvdevDevice.InputEvent e = new EvdevDevice.InputEvent();
        String arch = System.getProperty("os.arch");
        boolean lp64 = arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64");
        int timeval = lp64 ? 16 : 8;
        assertEquals(timeval + 8, e.size(), "struct input_event on " + arch);
        assertEquals(timeval, e.offsetOf("type"));
        assertEquals(timeval + 2, e.offsetOf("code"));
        assertEquals(timeval + 4, e.offsetOf("value"));
        // the decoder reads the events at the same offsets the binding lays them out
        assertEquals(EvdevDevice.eventSize(), InputEventDecoder.nativeEventSize());
        if (lp64) {
            assertEquals(InputEventDecoder.EVENT_SIZE_64, EvdevDevice.eventSize());
        }
    }

    @Test
    void aPlainFileIsNoInputDeviceAndSaysSo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("not-a-scanner");
        Files.write(file, new byte[] {1, 2, 3});
        try (EvdevDevice dev = EvdevDevice.open(file)) {
            EvdevDevice.GrabRefused refused = assertThrows(EvdevDevice.GrabRefused.class, dev::grab);
            assertEquals(EvdevDevice.ENOTTY, refused.errno());
            assertTrue(refused.getMessage().contains("is not an input device"), refused.getMessage());
            assertFalse(dev.grabbed());
        }
    }

    @Test
    void aMissingDeviceIsAnIoErrorInWords(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> EvdevDevice.open(dir.resolve("gone-event-kbd")));
        assertTrue(e.getMessage().contains("cannot be opened (errno 2)"), e.getMessage());
    }

    @Test
    void aFifoFedWithAScansBytesIsReadNativelyIntoTheCode(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("usb-scanner-event-kbd");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
        byte[] scan = InputEventDecoder.typing("https://zwfw.example.gov.cn/c/A007?k=Zx_9", EvdevDevice.eventSize());
        // the writer's open waits for the reader's, and the reader's for the writer's
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                Files.write(fifo, scan);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> codes = new ArrayList<>();
        try (EvdevDevice dev = EvdevDevice.open(fifo)) {
            EvdevDevice.GrabRefused refused = assertThrows(EvdevDevice.GrabRefused.class, dev::grab);
            assertEquals(EvdevDevice.ENOTTY, refused.errno());
            InputEventDecoder decoder = new InputEventDecoder(EvdevDevice.eventSize());
            byte[] buf = new byte[7 * EvdevDevice.eventSize() + 5]; // not whole events: pieces are joined
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            int n;
            while ((n = dev.read(buf)) >= 0 && System.nanoTime() < deadline) {
                codes.addAll(decoder.feed(buf, 0, n));
            }
        }
        writer.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("https://zwfw.example.gov.cn/c/A007?k=Zx_9"), codes);
    }

    @Test
    void closeIsOnce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f");
        Files.write(file, new byte[0]);
        EvdevDevice dev = EvdevDevice.open(file);
        dev.close();
        dev.close(); // a second close must not close an fd number the JVM has given to something else since
        assertThrows(IOException.class, () -> dev.read(new byte[24]));
    }
}
