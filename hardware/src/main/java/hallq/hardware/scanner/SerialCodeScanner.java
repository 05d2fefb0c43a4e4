package hallq.hardware.scanner;

import hallq.hardware.serial.SerialLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scanner in serial mode (a USB CDC port such as {@code /dev/ttyACM0}, or a UART): one code a line, ended by
 * CR, LF or both. A port that is gone is opened again every {@code reopenEvery}.
 */
public final class SerialCodeScanner implements CodeScanner {
    private static final Logger log = LoggerFactory.getLogger(SerialCodeScanner.class);

    @FunctionalInterface
    public interface LinkOpener {
        SerialLink open() throws IOException;
    }

    private final ReopeningReader reader;

    public SerialCodeScanner(LinkOpener opener, Duration reopenEvery) {
        this.reader = new ReopeningReader(() -> open(opener), reopenEvery,
                "code scanner port not readable (unplugged?)");
    }

    private static ReopeningReader.Opened open(LinkOpener opener) throws IOException {
        SerialLink link = opener.open();
        log.info("code scanner on {}", link.describe());
        return new ReopeningReader.Opened() {
            @Override
            public void readUntilGone(BooleanSupplier closed, Consumer<String> codes) throws IOException {
                Lines lines = new Lines();
                byte[] buf = new byte[256];
                while (!closed.getAsBoolean()) {
                    int n = link.read(buf, 0, buf.length, Duration.ofMillis(500));
                    for (int i = 0; i < n; i++) {
                        String code = lines.add(buf[i]);
                        if (code != null) {
                            codes.accept(code);
                        }
                    }
                }
            }

            @Override
            public void close() {
                link.close();
            }
        };
    }

    @Override
    public void start(Consumer<String> codes) {
        reader.start(codes);
    }

    /** Bytes into lines: CR or LF ends one, an empty one is none, one over {@link #MAX_CODE} is dropped. */
    static final class Lines {
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        private boolean tooLong;

        /** The code this byte ends, or null. */
        String add(byte b) {
            if (b == '\r' || b == '\n') {
                String code = tooLong || line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
                if (tooLong) {
                    log.warn("a scanned code over {} bytes dropped", MAX_CODE);
                }
                line.reset();
                tooLong = false;
                return code;
            }
            if (line.size() >= MAX_CODE) {
                tooLong = true;
            } else {
                line.write(b);
            }
            return null;
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
