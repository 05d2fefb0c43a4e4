package hallq.hardware.printer.link;

import java.io.IOException;
import java.time.Duration;

/** The wire to a printer: bytes out, and on two-way links status bytes back. */
public interface PrinterLink extends AutoCloseable {

    void write(byte[] data) throws IOException;

    /** Whether {@link #read} can ever return anything (false for a write-only cable or device). */
    boolean canRead();

    /** Next byte from the printer, or -1 if none arrives within the timeout. */
    int read(Duration timeout) throws IOException, InterruptedException;

    /** Drops bytes that arrived unasked (e.g. automatic status) so the next answer matches the next question. */
    void discardInput();

    /** For log lines, e.g. "/dev/usb/lp0". */
    String describe();

    @Override
    void close();
}
