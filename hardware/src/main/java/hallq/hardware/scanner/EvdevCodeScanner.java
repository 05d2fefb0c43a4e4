package hallq.hardware.scanner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scanner in USB keyboard mode, read from its input device, e.g.
 * {@code /dev/input/by-id/usb-Newland_Auto-ID_NLS_IOTC_PRDs_HID_KBW-event-kbd}, by its own thread. A scanner
 * unplugged and plugged in again is opened again by itself.
 *
 * <p>The keystrokes must not also reach the screen. Taking the device for oneself (the EVIOCGRAB ioctl) needs
 * native code Java 17 cannot call; instead the hall's udev rule (hardware README, "Wiring") tells libinput and
 * the X server to leave the scanner alone ({@code LIBINPUT_IGNORE_DEVICE}), while this reader, in group
 * {@code input}, still reads its events.
 */
public final class EvdevCodeScanner implements CodeScanner {
    private static final Logger log = LoggerFactory.getLogger(EvdevCodeScanner.class);

    private final ReopeningReader reader;

    public EvdevCodeScanner(Path device, Duration reopenEvery) {
        this.reader = new ReopeningReader(() -> open(device), reopenEvery,
                "code scanner " + device + " not readable (unplugged, or not in group input?)");
    }

    private static ReopeningReader.Opened open(Path device) throws IOException {
        // a FileChannel, not a stream: close() interrupts the thread, which ends a read blocked on the device
        FileChannel ch = FileChannel.open(device, StandardOpenOption.READ);
        log.info("code scanner on {}", device);
        return new ReopeningReader.Opened() {
            @Override
            public void readUntilGone(BooleanSupplier closed, Consumer<String> codes) throws IOException {
                InputEventDecoder decoder = new InputEventDecoder(InputEventDecoder.nativeEventSize());
                ByteBuffer buf = ByteBuffer.allocate(64 * InputEventDecoder.EVENT_SIZE_64);
                while (!closed.getAsBoolean()) {
                    buf.clear();
                    int n = ch.read(buf);
                    if (n < 0) {
                        return;
                    }
                    for (String code : decoder.feed(buf.array(), 0, n)) {
                        codes.accept(code);
                    }
                }
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    @Override
    public void start(Consumer<String> codes) {
        reader.start(codes);
    }

    @Override
    public void close() {
        reader.close();
    }
}
