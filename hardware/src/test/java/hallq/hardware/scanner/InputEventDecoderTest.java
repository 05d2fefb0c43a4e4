package hallq.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A keyboard-mode scanner's input_event stream, laid out by hand as a 64-bit kernel writes it (little endian:
 * tv_sec 8, tv_usec 8, type 2, code 2, value 4), with the EV_MSC scan codes and EV_SYN reports a real scanner
 * sends between its key events, decoded into the code.
 */
class InputEventDecoderTest {
    private static final int EV_SYN = 0;
    private static final int EV_KEY = 1;
    private static final int EV_MSC = 4;
    private static final int SHIFT = 42;

    private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();
    private long usec;

    private void event(int type, int code, int value) {
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(1_764_806_400L).putLong(usec += 1000).putShort((short) type).putShort((short) code).putInt(value);
        recorded.writeBytes(b.array());
    }

    /** What one key stroke looks like from a HID keyboard: scan code, press, sync, scan code, release, sync. */
    private void stroke(int key) {
        event(EV_MSC, 4, 0x70000 + key);
        event(EV_KEY, key, 1);
        event(EV_SYN, 0, 0);
        event(EV_MSC, 4, 0x70000 + key);
        event(EV_KEY, key, 0);
        event(EV_SYN, 0, 0);
    }

    private void shifted(int key) {
        event(EV_KEY, SHIFT, 1);
        event(EV_SYN, 0, 0);
        stroke(key);
        event(EV_KEY, SHIFT, 0);
        event(EV_SYN, 0, 0);
    }

    /** "Bk-7Q:" then Enter: B (48) and Q (16) and : (shift ;=39) shifted, k 37, - 12, 7 8. */
    private byte[] recordedScan() {
        shifted(48);
        stroke(37);
        stroke(12);
        stroke(8);
        shifted(16);
        shifted(39);
        stroke(28);
        return recorded.toByteArray();
    }

    @Test
    void theRecordedStreamIsTheCode() {
        byte[] bytes = recordedScan();
        assertEquals(List.of("Bk-7Q:"), new InputEventDecoder(24).feed(bytes, 0, bytes.length));
    }

    @Test
    void bytesInAnyPiecesMakeTheSameCode() {
        byte[] bytes = recordedScan();
        InputEventDecoder d = new InputEventDecoder(24);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < bytes.length; i += 7) {
            codes.addAll(d.feed(bytes, i, Math.min(7, bytes.length - i)));
        }
        assertEquals(List.of("Bk-7Q:"), codes);
    }

    @Test
    void aRepeatTypesNothingAndEnterAloneIsNoCode() {
        event(EV_KEY, 30, 1);
        event(EV_KEY, 30, 2); // autorepeat: a scanner's character is once
        event(EV_KEY, 30, 0);
        stroke(28);
        stroke(28);
        byte[] bytes = recorded.toByteArray();
        assertEquals(List.of("a"), new InputEventDecoder(24).feed(bytes, 0, bytes.length));
    }

    @Test
    void aCodeOverTheLimitIsDroppedWholeAndTheNextReads() {
        for (int i = 0; i < CodeScanner.MAX_CODE + 1; i++) {
            stroke(2);
        }
        stroke(28);
        stroke(3);
        stroke(28);
        byte[] bytes = recorded.toByteArray();
        assertEquals(List.of("2"), new InputEventDecoder(24).feed(bytes, 0, bytes.length));
    }

    @Test
    void aBookingLinkTypedBackThroughTheDecoderOnBothSizes() {
        String url = "https://zwfw.example.gov.cn/hallq/c/20261203-A007?k=Zx_9-abc";
        for (int size : new int[] {24, 16}) {
            byte[] b = InputEventDecoder.typing(url, size);
            assertEquals(List.of(url), new InputEventDecoder(size).feed(b, 0, b.length), "size " + size);
        }
        assertThrows(IllegalArgumentException.class, () -> new InputEventDecoder(20));
    }

    @Test
    void theDeviceFileIsReadByTheScannersThread(@TempDir Path dir) throws Exception {
        Path device = dir.resolve("usb-scanner-event-kbd");
        Files.write(device, recordedScan());
        CompletableFuture<String> code = new CompletableFuture<>();
        // ungrabbed: a plain file cannot be grabbed (EvdevDeviceTest); the read path is the same
        EvdevCodeScanner scanner = new EvdevCodeScanner(device, Duration.ofSeconds(30), false);
        scanner.start(code::complete);
        try {
            assertEquals("Bk-7Q:", code.get(5, TimeUnit.SECONDS));
        } finally {
            scanner.close();
        }
    }

    @Test
    void serialModeIsALineACode() {
        SerialCodeScanner.Lines lines = new SerialCodeScanner.Lines();
        List<String> codes = new ArrayList<>();
        for (byte b : "20261203-A007\r\n\nBK7Q2M\r".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
            String c = lines.add(b);
            if (c != null) {
                codes.add(c);
            }
        }
        assertEquals(List.of("20261203-A007", "BK7Q2M"), codes);
    }

    @Test
    void theSimulatedScannerGoesThroughTheDecoder() {
        SimulatedCodeScanner s = new SimulatedCodeScanner();
        List<String> codes = new ArrayList<>();
        s.start(codes::add);
        s.scan("BK7Q2M");
        s.scan("20261203-A007");
        assertEquals(List.of("BK7Q2M", "20261203-A007"), codes);
    }
}
