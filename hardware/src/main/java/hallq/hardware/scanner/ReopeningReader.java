package hallq.hardware.scanner;

import java.io.IOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread a scanner is read on, whatever its link: opens the device, reads codes until it fails or the scanner is
 * closed, and after a failure (unplugged) waits {@code reopenEvery} and opens it again; the failure is logged once
 * until a reading works again. {@link #close()} interrupts the thread, which ends a read blocked on the device.
 */
final class ReopeningReader {
    private static final Logger log = LoggerFactory.getLogger(ReopeningReader.class);

    /** The device, opened anew after each failure. */
    @FunctionalInterface
    interface Device {
        Opened open() throws IOException;
    }

    /** One opening of the device. */
    interface Opened extends AutoCloseable {
        /** Reads codes into {@code codes} until {@code closed} says so or the device ends. */
        void readUntilGone(BooleanSupplier closed, Consumer<String> codes) throws IOException;

        @Override
        void close() throws IOException;
    }

    private final Device device;
    private final Duration reopenEvery;
    private final String unreadable;
    private volatile boolean closed;
    private Thread thread;

    /** {@code unreadable}: the words logged when the device cannot be read, before the failure's own. */
    ReopeningReader(Device device, Duration reopenEvery, String unreadable) {
        this.device = device;
        this.reopenEvery = reopenEvery;
        this.unreadable = unreadable;
    }

    synchronized void start(Consumer<String> codes) {
        if (thread != null) {
            throw new IllegalStateException("started already");
        }
        thread = new Thread(() -> run(codes), "code-scanner");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Consumer<String> codes) {
        boolean told = false;
        while (!closed) {
            try (Opened opened = device.open()) {
                told = false;
                opened.readUntilGone(() -> closed, codes);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                if (!told) {
                    log.warn("{}: {}", unreadable, e.toString());
                    told = true;
                }
            }
            try {
                Thread.sleep(reopenEvery.toMillis()); // the wait before opening a replugged scanner again
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void close() {
        closed = true;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.interrupt();
        }
    }
}
