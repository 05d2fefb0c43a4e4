package hallq.hardware.scanner;

import java.util.function.Consumer;

/**
 * A 2D code scanner by the kiosk (a booking's QR, a case slip's QR): each code it reads, whole, once. A scanner
 * in USB keyboard mode is read from its Linux input device ({@link EvdevCodeScanner}), one in serial mode line by
 * line ({@link SerialCodeScanner}).
 */
public interface CodeScanner extends AutoCloseable {
    /** The longest code taken; a longer one is dropped whole (a QR of a link is far shorter). */
    int MAX_CODE = 512;

    /** Starts reading; codes go to {@code codes} on the scanner's own thread, which must not block. */
    void start(Consumer<String> codes);

    @Override
    void close();
}
