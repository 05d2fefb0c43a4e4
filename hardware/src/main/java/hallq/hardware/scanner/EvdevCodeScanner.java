package hallq.hardware.scanner;

import java.io.IOException;
import java.nio.file.Path;
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
 * <p>The keystrokes must not also reach the screen: the device is taken for this reader alone (EVIOCGRAB, through
 * {@link EvdevDevice}) as soon as it is opened, and let go when it is closed. The hall's udev rule (hardware README,
 * "Wiring") stays as the second guard for the moments the kiosk is not running.
 *
 * <p>A grab refused is a fault like an unplugged scanner: logged once in words, retried every {@code reopenEvery},
 * and nothing read meanwhile. Reading on ungrabbed would not help: EBUSY means another program holds the grab, so
 * every event goes to it and none would come here; ENOTTY means the file is no input device, so its bytes are no
 * input_events. Both are put right outside (the other program stopped, the device file fixed, the scanner
 * replugged), which the retry then picks up; the kiosk's keypad works throughout.
 */
public final class EvdevCodeScanner implements CodeScanner {
    private static final Logger log = LoggerFactory.getLogger(EvdevCodeScanner.class);

    private final ReopeningReader reader;

    public EvdevCodeScanner(Path device, Duration reopenEvery) {
        this(device, reopenEvery, true);
    }

    /** {@code grab} false only in tests, where a plain file or a FIFO stands for the device and cannot be grabbed. */
    EvdevCodeScanner(Path device, Duration reopenEvery, boolean grab) {
        this.reader = new ReopeningReader(() -> open(device, grab), reopenEvery,
                "code scanner " + device + " not readable or not taken (unplugged, not in group input, or held?)");
    }

    private static ReopeningReader.Opened open(Path device, boolean grab) throws IOException {
        EvdevDevice dev = EvdevDevice.open(device);
        if (grab) {
            try {
                dev.grab();
            } catch (IOException e) {
                dev.close();
                throw e;
            }
        }
        log.info("code scanner on {}{}", device, grab ? ", taken for the kiosk alone" : "");
        return new ReopeningReader.Opened() {
            @Override
            public void readUntilGone(BooleanSupplier closed, Consumer<String> codes) throws IOException {
                int size = EvdevDevice.eventSize();
                InputEventDecoder decoder = new InputEventDecoder(size);
                byte[] buf = new byte[64 * size];
                while (!closed.getAsBoolean()) {
                    int n = dev.read(buf); // returns 0 at least every poll timeout, to look at closed again
                    if (n < 0) {
                        return;
                    }
                    for (String code : decoder.feed(buf, 0, n)) {
                        codes.accept(code);
                    }
                }
            }

            @Override
            public void close() throws IOException {
                dev.close();
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
