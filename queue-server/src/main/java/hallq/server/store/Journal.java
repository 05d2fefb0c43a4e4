package hallq.server.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only log of numbered records in segment files under one directory: the hall's write-ahead log.
 * {@link #append} returns once the record is on disk (written and fdatasync'd), so an acknowledgement can rest on
 * it. A record is {@code [length][crc32c][number][payload]}; reading stops at the first record that is cut short or
 * fails its checksum, which after a crash is the one whose write never finished, and the file is cut there so
 * later records follow a good one. Segments whose every record has been applied elsewhere are deleted with
 * {@link #release}, but for one kept as the spare that the next segment is made of (issue 21: a new segment is
 * written whole with zeros first, as many bytes again as its records, which an SD card pays for in wear). Each
 * append ends its records with an empty header, overwritten by the next append, so a reader stops there and never
 * reads on into a recycled segment's old records; one it meets all the same (a crash between the rename and the
 * first append) has a good checksum and a number below the one expected, and ends the segment too.
 * One thread appends; {@link #release} may come from another.
 */
public final class Journal implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final int HEADER = 4 + 4 + 8;
    /** Beyond this a record is not believed: a damaged length would otherwise ask for gigabytes. */
    static final int MAX_RECORD = 64 << 20;
    private static final int KEPT_BUFFER = 4 << 20;
    private static final String PREFIX = "journal-";
    private static final String SUFFIX = ".log";
    /** A released segment kept to be the next one (its name is not a segment's, so opening never reads it). */
    static final String SPARE = "journal.spare";

    /** One record read back. */
    public record Record(long number, byte[] payload) {
    }

    private final Path dir;
    private final long segmentBytes;
    /** First record number of each segment, to its file; the last is the one appended to. */
    private final TreeMap<Long, Path> segments = new TreeMap<>();
    private FileChannel current;
    private long next;
    private boolean broken;
    private ByteBuffer writeBuffer;
    private final SlowSyncs slowSyncs = new SlowSyncs();
    /** Space an append leaves free on the journal's file system: see {@link #keepFree}. */
    private long keepFree;
    private FileStore fileStore;

    private Journal(Path dir, long segmentBytes) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
    }

    /**
     * Opens the journal in {@code dir} (made if missing) and reads every whole record, in order, into {@code into}.
     * Appends go to a new segment and are numbered from the last record + 1, or from {@code minNext} if that is
     * higher (records already applied and deleted must never be numbered again).
     */
    public static Journal open(Path dir, long segmentBytes, long minNext, List<Record> into) throws IOException {
        Files.createDirectories(dir);
        Journal j = new Journal(dir, segmentBytes);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                j.segments.put(Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length())), p);
            }
        } catch (NumberFormatException e) {
            throw new IOException("a file in " + dir + " is not a journal segment: " + e.getMessage(), e);
        }
        long expected = -1;
        boolean damaged = false;
        for (Long first : List.copyOf(j.segments.keySet())) {
            Path file = j.segments.get(first);
            if (damaged || (expected >= 0 && first != expected)) {
                // what follows a damaged record cannot be trusted to follow on; keep it for a person to look at
                Path aside = dir.resolve("damaged-" + file.getFileName());
                log.warn("journal: segment {} follows a damaged record; moved to {}", file, aside);
                Files.move(j.segments.remove(first), aside);
                damaged = true;
                continue;
            }
            int before = into.size();
            long after = j.read(first, file, into);
            damaged = after < 0;
            expected = damaged ? -1 : after;
            if (into.size() == before) {
                Files.delete(j.segments.remove(first)); // holds nothing (cut back, or made just before a crash)
            }
        }
        long last = into.isEmpty() ? 0 : into.get(into.size() - 1).number();
        j.next = Math.max(last + 1, minNext);
        return j;
    }

    /** Reads one segment's records; returns the number the next record should have, or -1 after damage. */
    private long read(long first, Path file, List<Record> into) throws IOException {
        long number = first;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long pos = 0;
            ByteBuffer head = ByteBuffer.allocate(HEADER);
            while (pos < size) {
                head.clear();
                if (size - pos < HEADER || readFully(ch, head, pos) < HEADER) {
                    return cut(ch, file, pos, "a record header cut short");
                }
                head.flip();
                int length = head.getInt();
                int crc = head.getInt();
                long n = head.getLong();
                if (length == 0 && crc == 0 && n == 0) {
                    return number; // the zeros of preallocated space: the segment ends here
                }
                if (length < 0 || length > MAX_RECORD || size - pos - HEADER < length) {
                    return cut(ch, file, pos, "a record cut short");
                }
                ByteBuffer body = ByteBuffer.allocate(length);
                readFully(ch, body, pos + HEADER);
                byte[] payload = body.array();
                if (crc == crc(n, payload) && n < number && n > 0) {
                    return number; // a whole record of the segment's life before it was recycled: it ends here
                }
                if (crc != crc(n, payload) || n != number) {
                    return cut(ch, file, pos, "a record that fails its checksum");
                }
                into.add(new Record(n, payload));
                number++;
                pos += HEADER + length;
            }
        }
        return number;
    }

    private long cut(FileChannel ch, Path file, long at, String what) throws IOException {
        // only the last append can be unfinished; it was never acknowledged, so dropping it loses nothing
        log.warn("journal: {} at byte {} of {}; the journal ends there", what, at, file.getFileName());
        ch.truncate(at);
        ch.force(true);
        return -1;
    }

    private static int readFully(FileChannel ch, ByteBuffer b, long pos) throws IOException {
        int total = 0;
        while (b.hasRemaining()) {
            int r = ch.read(b, pos + total);
            if (r < 0) {
                break;
            }
            total += r;
        }
        return total;
    }

    private static int crc(long number, byte[] payload) {
        CRC32C c = new CRC32C();
        c.update(ByteBuffer.allocate(8).putLong(0, number));
        c.update(payload);
        return (int) c.getValue();
    }

    /** The number the next appended record gets. */
    public long next() {
        return next;
    }

    /**
     * From now on an append that would leave less than {@code bytes} free on the journal's file system (a new
     * segment counted whole) fails, writing nothing: what is kept free lets the database written behind the journal
     * finish and checkpoint, instead of meeting a full disk in the middle of its own files.
     */
    public Journal keepFree(long bytes) throws IOException {
        this.fileStore = Files.getFileStore(dir);
        this.keepFree = bytes;
        return this;
    }

    /** Writes one record and waits until it is on disk; returns its number. See {@link #append(List)}. */
    public long append(byte[] payload) throws IOException {
        return append(List.of(payload));
    }

    /**
     * Writes these records, numbered on from the last, in one write, and waits until they are on disk (one
     * fdatasync for all of them: group commit); returns the first one's number. On failure the segment is cut back
     * to where it was, so nothing of them remains; if even that fails, every later append fails too.
     */
    public long append(List<byte[]> payloads) throws IOException {
        if (broken) {
            throw new IOException("the journal could not be repaired after a failed write; restart the server");
        }
        int total = 0;
        for (byte[] p : payloads) {
            total += HEADER + p.length;
        }
        // a group that fills no segment goes into an empty one all the same (which then grows): never a second
        // segment under the same first number; the group's end mark must fit too
        boolean newSegment = current == null || (current.position() > 0
                && current.position() + total + HEADER > Math.max(segmentBytes, current.size()));
        if (fileStore != null) {
            long free = fileStore.getUsableSpace();
            long takes = newSegment ? Math.max(segmentBytes, total)
                    : Math.max(0, current.position() + total - current.size());
            if (free - takes < keepFree) {
                throw new IOException("the data disk is nearly full: " + (free >> 20) + " MB free, of which the hall "
                        + "keeps " + (keepFree >> 20) + " MB for its database; nothing was written");
            }
        }
        if (newSegment) {
            startSegment();
        }
        long first = next;
        ByteBuffer b = buffer(total + HEADER);
        long n = first;
        for (byte[] p : payloads) {
            b.putInt(p.length).putInt(crc(n, p)).putLong(n).put(p);
            n++;
        }
        b.putInt(0).putInt(0).putLong(0); // the end mark, which the next append overwrites
        b.flip();
        long before = current.position();
        long t0 = System.nanoTime();
        try {
            while (b.hasRemaining()) {
                current.write(b);
            }
            current.position(before + total); // the next append starts on the end mark
            current.force(false);
            long t1 = System.nanoTime();
            slowSyncs.took(t1 - t0, t1).ifPresent(log::warn);
        } catch (IOException e) {
            try {
                // zeros back over whatever part got written: the journal ends at the last good record
                ByteBuffer zeros = ByteBuffer.allocate(HEADER);
                while (zeros.hasRemaining()) {
                    current.write(zeros, before + zeros.position());
                }
                current.position(before);
                current.force(true);
            } catch (IOException again) {
                broken = true;
                e.addSuppressed(again);
            }
            throw e;
        }
        next = n;
        return first;
    }

    /**
     * The write buffer, kept between appends: a direct one, which the channel writes from without copying. A rare
     * huge write gets a buffer of its own, so that its size is not held on to.
     */
    private ByteBuffer buffer(int size) {
        if (size > KEPT_BUFFER) {
            return ByteBuffer.allocate(size);
        }
        if (writeBuffer == null || writeBuffer.capacity() < size) {
            writeBuffer = ByteBuffer.allocateDirect(Math.max(64 << 10, Integer.highestOneBit(size - 1) << 1));
        }
        return writeBuffer.clear();
    }

    /**
     * A new segment, its whole size written with zeros first: a record then overwrites blocks that already exist, so
     * its fdatasync flushes just those blocks, and not the file system's journal (a growing file's new size, and with
     * it the other files' pending writes, cost about three times as much per sync here).
     */
    private void startSegment() throws IOException {
        Path file = dir.resolve(String.format("%s%020d%s", PREFIX, next, SUFFIX));
        FileChannel ch = recycled(file);
        if (ch != null) {
            take(file, ch);
            return;
        }
        ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            // one page a write: the page cache sizes a file's folios by the writes that made them (ext4 on Linux
            // 6.16 and later), and a record makes its whole folio dirty, which the kernel counts as written
            // (/proc/PID/io): with 64 KiB writes here a 600-byte ticket counted 66 KB, with 4 KiB ones 5 KB; the
            // device got about 6 KB a ticket either way (bench README, "disk bytes")
            ByteBuffer zeros = ByteBuffer.allocate(4 << 10);
            for (long at = 0; at < segmentBytes; at += zeros.capacity()) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), segmentBytes - at));
                while (zeros.hasRemaining()) {
                    ch.write(zeros);
                }
            }
            ch.force(true);
            ch.position(0);
            d.force(true); // the new file's name is on disk before any record in it is acknowledged
        } catch (IOException e) {
            ch.close();
            Files.deleteIfExists(file);
            throw e;
        }
        take(file, ch);
    }

    /**
     * The spare renamed to {@code file}, its first header emptied, both on disk; null when there is no spare of a
     * whole segment's size (then a new one is written). Its blocks exist already, so its syncs stay as cheap as a
     * zero-filled segment's.
     */
    private FileChannel recycled(Path file) throws IOException {
        Path spare = dir.resolve(SPARE);
        synchronized (segments) {
            if (!Files.exists(spare)) {
                return null;
            }
            if (Files.size(spare) < segmentBytes) {
                Files.delete(spare); // cut back at some open: not worth keeping
                return null;
            }
            Files.move(spare, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            ByteBuffer empty = ByteBuffer.allocate(HEADER);
            while (empty.hasRemaining()) {
                ch.write(empty, empty.position());
            }
            ch.force(false);
            ch.position(0);
            d.force(true); // its new name is on disk before any record in it is acknowledged
        } catch (IOException e) {
            ch.close();
            Files.deleteIfExists(file);
            throw e;
        }
        return ch;
    }

    private void take(Path file, FileChannel ch) throws IOException {
        FileChannel old = current;
        synchronized (segments) {
            segments.put(next, file);
            current = ch;
        }
        if (old != null) {
            old.close();
        }
    }

    /** Deletes the segments whose records are all numbered {@code upTo} or lower (never the one appended to). */
    public void release(long upTo) {
        List<Path> gone = new ArrayList<>();
        synchronized (segments) {
            // a segment ends where the next begins; the last one has no next and is never released
            while (segments.size() > 1 && segments.higherKey(segments.firstKey()) - 1 <= upTo) {
                gone.add(segments.pollFirstEntry().getValue());
            }
        }
        for (Path p : gone) {
            try {
                keepOrDelete(p);
            } catch (IOException e) {
                log.warn("journal: could not delete {}: {}", p, e.getMessage());
            }
        }
    }

    /** The first released segment of a whole segment's size becomes the spare while there is none; others go. */
    private void keepOrDelete(Path p) throws IOException {
        Path spare = dir.resolve(SPARE);
        synchronized (segments) {
            if (!Files.exists(spare) && Files.size(p) >= segmentBytes) {
                Files.move(p, spare, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return;
            }
        }
        Files.deleteIfExists(p);
    }

    /** Closes the segment appended to and deletes every segment; for when all records are applied. */
    public void clear() throws IOException {
        close();
        synchronized (segments) {
            for (Path p : segments.values()) {
                Files.deleteIfExists(p);
            }
            segments.clear();
            Files.deleteIfExists(dir.resolve(SPARE));
        }
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
