package hallq.server.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One server per data directory, held by an OS file lock. The OS drops it when the process dies, so a
 * restart after kill -9 takes it at once, instead of HSQLDB's own lock file and its seconds of waiting.
 */
final class DataDirLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirLock acquire(Path dir) throws IOException {
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve("hallq.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            throw new IOException("data directory " + dir + " is in use by another HallQ server");
        }
        return new DataDirLock(ch, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
