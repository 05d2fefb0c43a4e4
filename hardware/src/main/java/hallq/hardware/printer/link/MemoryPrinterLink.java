package hallq.hardware.printer.link;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A link to a printer that lives in memory: keeps everything written, and answers each write with
 * what a {@code responder} returns (e.g. a DLE EOT status byte). For tests and printer emulation.
 */
public final class MemoryPrinterLink implements PrinterLink {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final BlockingQueue<Byte> answers = new LinkedBlockingQueue<>();
    private final Function<byte[], byte[]> responder;

    /** @param responder given each write, returns the printer's answer bytes (empty for none); null = write-only link */
    public MemoryPrinterLink(Function<byte[], byte[]> responder) {
        this.responder = responder;
    }

    @Override
    public synchronized void write(byte[] data) {
        written.writeBytes(data);
        if (responder != null) {
            for (byte b : responder.apply(data.clone())) {
                answers.add(b);
            }
        }
    }

    public synchronized byte[] written() {
        return written.toByteArray();
    }

    public synchronized void clearWritten() {
        written.reset();
    }

    @Override
    public boolean canRead() {
        return responder != null;
    }

    @Override
    public int read(Duration timeout) throws InterruptedException {
        Byte b = answers.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return b == null ? -1 : b & 0xFF;
    }

    @Override
    public void discardInput() {
        answers.clear();
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public void close() {
    }
}
