package hallq.hardware.serial;

import java.io.IOException;
import java.time.Duration;

/**
 * A two-way byte wire to a device on a serial port (the ID card reader, a code scanner in serial mode). One
 * implementation opens a real port ({@link JSerialCommLink}); a simulated device implements it too, answering the
 * bytes written with the bytes the real device would send, so that they go through the same decoding.
 */
public interface SerialLink extends AutoCloseable {

    void write(byte[] data) throws IOException;

    /**
     * Up to {@code buffer.length - offset} bytes, waiting at most {@code timeout} for the first; 0 when none came.
     *
     * @throws IOException the port is gone (unplugged) or closed
     */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException;

    /** Drops bytes that arrived unasked, so that the next answer read belongs to the next question. */
    void discardInput() throws IOException;

    /** For log lines, e.g. "/dev/ttyUSB0 at 115200". */
    String describe();

    @Override
    void close();
}
