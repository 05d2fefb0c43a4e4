package hallq.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bytes a process caused to be written to storage, from Linux's {@code /proc/PID/io} {@code write_bytes} (empty
 * elsewhere): the whole process's, and per thread name, so that a window's bytes per ticket can be split into the
 * journal's (thread {@code hall-disk}), the database's ({@code hall-applier}) and the rest. The kernel counts a page
 * (or a whole large folio) each time a write makes it dirty, which is what the storage then has to write back: the
 * wear of an SD card. Bytes the file system's own journal writes (jbd2) are not in it.
 */
final class DiskWrites {
    /** The storage floor of one acknowledged change: one page made dirty, then synced. */
    static final long PAGE = 4096;

    private DiskWrites() {
    }

    /** The process's {@code write_bytes} (-1 without /proc) and per thread id {name, write_bytes}. */
    record Snapshot(long process, Map<String, Object[]> threads) {
        boolean known() {
            return process >= 0;
        }
    }

    static Snapshot take(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        long process = writeBytes(proc.resolve("io"));
        Map<String, Object[]> threads = new HashMap<>();
        if (process >= 0) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(proc.resolve("task"))) {
                for (Path t : ds) {
                    long w = writeBytes(t.resolve("io"));
                    try {
                        if (w >= 0) {
                            threads.put(t.getFileName().toString(), new Object[] {Files.readString(t.resolve("comm")).trim(), w});
                        }
                    } catch (IOException e) {
                        // the thread ended meanwhile: its bytes stay in the process's count
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }
        return new Snapshot(process, threads);
    }

    private static long writeBytes(Path io) {
        try {
            for (String line : Files.readAllLines(io)) {
                if (line.startsWith("write_bytes:")) {
                    return Long.parseLong(line.substring("write_bytes:".length()).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc, or not ours to read
        }
        return -1;
    }

    /** Bytes per change between two snapshots; NaN when unknown or no change was made. */
    static double perChange(Snapshot a, Snapshot b, long changes) {
        return !a.known() || !b.known() || changes <= 0 ? Double.NaN : (double) (b.process() - a.process()) / changes;
    }

    /**
     * Bytes per change by where they were written, largest first: "journal" (hall-disk), "database"
     * (hall-applier), the other threads by {@link ProcCpu#group}, and what the process counts beyond its live threads' sum.
     */
    static Map<String, Double> where(Snapshot a, Snapshot b, long changes) {
        Map<String, Long> bytes = new TreeMap<>();
        long named = 0;
        for (Map.Entry<String, Object[]> e : b.threads().entrySet()) {
            Object[] before = a.threads().get(e.getKey());
            long d = (Long) e.getValue()[1] - (before == null ? 0 : (Long) before[1]);
            String name = (String) e.getValue()[0];
            String group = name.equals("hall-disk") ? "journal"
                    : name.equals("hall-applier") ? "database" : ProcCpu.group(name);
            bytes.merge(group, d, Long::sum);
            named += d;
        }
        java.util.Set<String> ended = new java.util.TreeSet<>();
        for (Map.Entry<String, Object[]> e : a.threads().entrySet()) {
            if (!b.threads().containsKey(e.getKey())) {
                ended.add(ProcCpu.group((String) e.getValue()[0]));
            }
        }
        // the process's count is more than its threads' even when none ended (seen: about 1.7 KB a ticket); said as is
        bytes.merge(ended.isEmpty() ? "process, not by a thread" : "process, not by a thread (ended: " + ended + ")",
                (b.process() - a.process()) - named, Long::sum);
        Map<String, Double> out = new LinkedHashMap<>();
        bytes.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .filter(e -> e.getValue() != 0)
                .forEach(e -> out.put(e.getKey(), changes <= 0 ? Double.NaN : (double) e.getValue() / changes));
        return out;
    }

    /** "5,062 B (journal 4,410, database 310, hall-thread 342)", or why there is no figure. */
    static String line(Snapshot a, Snapshot b, long changes) {
        double per = perChange(a, b, changes);
        if (Double.isNaN(per)) {
            return "(no /proc/PID/io)";
        }
        StringBuilder sb = new StringBuilder(String.format("%,.0f B (", per));
        int i = 0;
        for (Map.Entry<String, Double> e : where(a, b, changes).entrySet()) {
            sb.append(i++ == 0 ? "" : ", ").append(e.getKey()).append(' ').append(String.format("%,.0f", e.getValue()));
        }
        return sb.append(')').toString();
    }
}
