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
 * CPU time of a process's threads from /proc (Linux only; empty elsewhere), grouped by thread name, so a
 * window's "hall thread 95% of a core" can be read off. Thread names are the kernel's 15-character comm.
 */
final class ProcCpu {
    private static final long TICKS_PER_SEC = ticksPerSecond();

    private ProcCpu() {
    }

    /** Per thread id: {comm, ticks (utime + stime)}; plus this (bench) process's CPU and the machine's. */
    record Snapshot(long nanos, Map<String, Object[]> threads, long benchCpuNanos, long[] machine) {
    }

    /** {busy ticks, all ticks} of the whole machine from /proc/stat. */
    private static long[] machine() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = first.trim().split("\\s+");
            long all = 0;
            long idle = 0;
            for (int i = 1; i < f.length; i++) {
                long v = Long.parseLong(f[i]);
                all += i <= 8 ? v : 0; // user..steal; guest is already in user
                if (i == 4 || i == 5) {
                    idle += v; // idle, iowait
                }
            }
            return new long[] {all - idle, all};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private static long benchCpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : -1;
    }

    static Snapshot take(long pid) {
        Map<String, Object[]> threads = new HashMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (Files.isDirectory(tasks)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(tasks)) {
                for (Path t : ds) {
                    try {
                        String stat = Files.readString(t.resolve("stat"));
                        int open = stat.indexOf('(');
                        int close = stat.lastIndexOf(')');
                        String comm = stat.substring(open + 1, close);
                        String[] f = stat.substring(close + 2).split(" ");
                        // after "pid (comm) ": state=f[0], ..., utime=f[11], stime=f[12]
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        threads.put(t.getFileName().toString(), new Object[] {comm, ticks});
                    } catch (IOException | RuntimeException e) {
                        // thread ended meanwhile
                    }
                }
            } catch (IOException e) {
                // process ended
            }
        }
        return new Snapshot(System.nanoTime(), threads, benchCpu(), machine());
    }

    /** Percent of one core per thread group between two snapshots, largest first; "TOTAL" first of all. */
    static Map<String, Double> usage(Snapshot a, Snapshot b) {
        double sec = (b.nanos() - a.nanos()) / 1e9;
        Map<String, Long> ticks = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, Object[]> e : b.threads().entrySet()) {
            long after = (Long) e.getValue()[1];
            Object[] before = a.threads().get(e.getKey());
            long d = after - (before == null ? 0 : (Long) before[1]);
            ticks.merge(group((String) e.getValue()[0]), d, Long::sum);
            total += d;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("TOTAL", pct(total, sec));
        ticks.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> out.put(e.getKey(), pct(e.getValue(), sec)));
        return out;
    }

    /** A compact "TOTAL 150% | hall 80% | netty 40% | ..." line of the top groups. */
    static String line(Snapshot a, Snapshot b, int top) {
        if (a.threads().isEmpty()) {
            return "(no /proc data)";
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, Double> e : usage(a, b).entrySet()) {
            if (i++ > top) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(e.getKey()).append(' ').append(String.format("%.0f%%", e.getValue()));
        }
        double sec = (b.nanos() - a.nanos()) / 1e9;
        long busy = b.machine()[0] - a.machine()[0];
        long all = b.machine()[1] - a.machine()[1];
        int cores = Runtime.getRuntime().availableProcessors();
        double machinePct = all == 0 ? 0.0 : 100.0 * busy / all;
        double benchPct = 100.0 * (b.benchCpuNanos() - a.benchCpuNanos()) / 1e9 / sec;
        double serverPct = usage(a, b).get("TOTAL");
        sb.append(String.format("  [bench client %.0f%%; other processes %.0f%%; machine busy %.0f%% of %d cores]",
                benchPct, Math.max(0, machinePct * cores - serverPct - benchPct), machinePct, cores));
        return sb.toString();
    }

    private static double pct(long ticks, double sec) {
        return sec <= 0 ? 0 : 100.0 * ticks / TICKS_PER_SEC / sec;
    }

    static String group(String comm) {
        if (comm.equals("hall")) {
            return "hall-thread";
        }
        if (comm.startsWith("multiThreadIo") || comm.startsWith("nioEventLoop")) {
            return "netty-io";
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.startsWith("VM Thread")) {
            return "gc+vm";
        }
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (comm.startsWith("AsyncAppender")) {
            return "log-appender";
        }
        return comm.replaceAll("[-#]?\\d+$", "");
    }

    private static long ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Long.parseLong(s);
        } catch (IOException | RuntimeException | InterruptedException e) {
            return 100;
        }
    }
}
