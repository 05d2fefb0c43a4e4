package hallq.server.store;

import hallq.server.log.LogText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The data directory's {@code set-aside/}: for each journal record set aside, {@code record-<number>.json} holds its
 * payload byte for byte as the journal held it (JSON, unless it was unreadable), and {@code record-<number>.why} a
 * few lines of text: the record's number, when, and the error. Each file is written whole or not at all (a temporary
 * file, fsync, rename, fsync of the directory). Bounded: at most {@link #MAX_FILES} records are kept, and none that
 * would leave less free on the disk than the journal keeps for the database; a record not kept is not set aside
 * ({@link SetAsides}), so it stays in the journal.
 */
final class SetAsideFiles {
    static final int MAX_FILES = 100;
    /** The error in a {@code .why} file: more than a log line, still bounded. */
    private static final int WHY_ERROR_CHARS = 4000;
    private static final String PREFIX = "record-";
    private static final String PAYLOAD = ".json";
    private static final String WHY = ".why";
    private static final String TEMPORARY = ".tmp";

    /** A record not kept on disk, and why. */
    static final class NotKept extends IOException {
        NotKept(String why) {
            super(why);
        }

        NotKept(String why, IOException cause) {
            super(why + ": " + cause.getMessage(), cause);
        }
    }

    private final Path dir;
    private final long keepFree;
    private int kept;

    private SetAsideFiles(Path dir, long keepFree, int kept) {
        this.dir = dir;
        this.keepFree = keepFree;
        this.kept = kept;
    }

    /**
     * The set-aside directory {@code dir} (made when the first record is kept), counting the records it holds and
     * removing what a crash in the middle of a write left; keeps no record that would leave less than {@code keepFree}
     * bytes free on its disk.
     */
    static SetAsideFiles open(Path dir, long keepFree) throws IOException {
        int kept = 0;
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, PREFIX + "*")) {
                for (Path p : ds) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(TEMPORARY)) {
                        Files.deleteIfExists(p);
                    } else if (name.endsWith(PAYLOAD)) {
                        kept++;
                    }
                }
            }
        }
        return new SetAsideFiles(dir, keepFree, kept);
    }

    static String payloadName(long record) {
        return PREFIX + record + PAYLOAD;
    }

    static String whyName(long record) {
        return PREFIX + record + WHY;
    }

    /** The text of a {@code .why} file. */
    static String why(long record, Instant at, String error) {
        return "record: " + record + "\nat: " + at + "\nerror: " + LogText.of(error, WHY_ERROR_CHARS) + "\n";
    }

    /** How many records the directory holds. */
    int kept() {
        return kept;
    }

    /** Keeps record {@code record}'s payload and why; returns the payload's file, or throws {@link NotKept}. */
    Path keep(long record, byte[] payload, Instant at, String error) throws NotKept {
        Path target = dir.resolve(payloadName(record));
        boolean again = Files.exists(target); // set aside before, and the start after it came before the marker moved
        if (!again && kept >= MAX_FILES) {
            throw new NotKept("set-aside/ holds " + kept + " records already");
        }
        byte[] why = why(record, at, error).getBytes(StandardCharsets.UTF_8);
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                try (FileChannel parent = FileChannel.open(dir.getParent(), StandardOpenOption.READ)) {
                    parent.force(true); // the directory itself survives a power cut before the marker moves
                }
            }
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free - payload.length - why.length < keepFree) {
                throw new NotKept("the data disk is nearly full (" + (free >> 20) + " MB free)");
            }
            write(dir.resolve(whyName(record)), why);
            write(target, payload);
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true); // the names are on disk before the database's marker moves past the record
            }
        } catch (NotKept e) {
            throw e;
        } catch (IOException e) {
            throw new NotKept("writing " + target.getFileName() + " failed", e);
        }
        if (!again) {
            kept++;
        }
        return target;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + TEMPORARY);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
