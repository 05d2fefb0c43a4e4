package hallq.hardware.printer.link;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A printer reached through a device file: a USB printer ({@code /dev/usb/lp0}) or a serial port
 * ({@code /dev/serial0}, set up first with {@link SerialPortSetup}). No native code, works the same on
 * every Pi model.
 *
 * <p>Reads on device files block and cannot be interrupted, so a daemon thread reads the answer
 * stream into a queue and {@link #read} waits on the queue with a timeout.
 */
public final class DeviceFilePrinterLink implements PrinterLink {

    private static final Logger log = LoggerFactory.getLogger(DeviceFilePrinterLink.class);
    /** Pause after "no data" from a tty set to return immediately, so the reader does not spin. */
    private static final long IDLE_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Path writePath;
    private final Path readPath;
    private final BlockingQueue<Byte> answers = new LinkedBlockingQueue<>();
    private OutputStream out;
    private Thread reader;
    private volatile boolean closed;

    /**
     * @param writePath device to write to
     * @param readPath  device the answers come from (usually the same file), or null for a write-only link
     */
    public DeviceFilePrinterLink(Path writePath, Path readPath) {
        this.writePath = writePath;
        this.readPath = readPath;
    }

    @Override
    public synchronized void write(byte[] data) throws IOException {
        if (out == null) {
            // Opened on first use so a printer plugged in after start-up is found.
            out = Files.newOutputStream(writePath, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        try {
            out.write(data);
            out.flush();
        } catch (IOException e) {
            // A replugged USB printer gets a fresh device; reopen next time.
            closeQuietly();
            throw e;
        }
    }

    @Override
    public boolean canRead() {
        return readPath != null;
    }

    @Override
    public int read(Duration timeout) throws IOException, InterruptedException {
        if (readPath == null) {
            return -1;
        }
        startReader();
        Byte b = answers.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return b == null ? -1 : b & 0xFF;
    }

    private synchronized void startReader() throws IOException {
        if (reader != null && reader.isAlive()) {
            return;
        }
        InputStream in = Files.newInputStream(readPath, StandardOpenOption.READ);
        reader = new Thread(() -> pump(in), "printer-reader " + readPath);
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[64];
        try (in) {
            while (!closed) {
                int n = in.read(buffer);
                if (n < 0) {
                    // A tty with "min 0" reports no data as end-of-file; keep listening.
                    LockSupport.parkNanos(IDLE_PAUSE_NANOS);
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    answers.add(buffer[i]);
                }
            }
        } catch (IOException e) {
            if (!closed) {
                log.warn("Reading from printer {} stopped: {}", readPath, e.toString());
            }
        }
    }

    @Override
    public void discardInput() {
        answers.clear();
    }

    @Override
    public String describe() {
        return writePath.toString();
    }

    private synchronized void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // Already broken; nothing more to do.
            }
            out = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly();
        // The reader thread is a daemon blocked in read(); it ends with the next byte or the JVM.
    }
}
