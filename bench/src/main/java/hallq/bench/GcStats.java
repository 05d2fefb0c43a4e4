package hallq.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Cumulative GC counts and pause seconds of a JVM from {@code jstat -gc} (reads hsperfdata, no attach). */
final class GcStats {
    private GcStats() {
    }

    /** Column name -> value, e.g. YGC, YGCT, FGC, FGCT, CGC, CGCT, GCT; empty if jstat is not available. */
    static Map<String, Double> take(long pid) {
        Map<String, Double> out = new HashMap<>();
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        if (!Files.isExecutable(jstat)) {
            return out;
        }
        try {
            Process p = new ProcessBuilder(jstat.toString(), "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
            if (!p.waitFor(20, TimeUnit.SECONDS) || lines.size() < 2) {
                p.destroyForcibly();
                return out;
            }
            String[] h = lines.get(0).trim().split("\\s+");
            String[] v = lines.get(1).trim().split("\\s+");
            for (int i = 0; i < Math.min(h.length, v.length); i++) {
                try {
                    out.put(h[i], Double.parseDouble(v[i]));
                } catch (NumberFormatException e) {
                    // "-" for an unused column
                }
            }
        } catch (IOException | InterruptedException e) {
            // report nothing
        }
        return out;
    }

    /** "young 12 (85 ms), full 0 (0 ms), concurrent 1 (3 ms)" between two readings. */
    static String between(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "(jstat not available)";
        }
        return String.format("young %d (%.0f ms), full %d (%.0f ms), concurrent cycles %d (%.0f ms)",
                d(a, b, "YGC"), 1000 * dd(a, b, "YGCT"), d(a, b, "FGC"), 1000 * dd(a, b, "FGCT"),
                d(a, b, "CGC"), 1000 * dd(a, b, "CGCT"));
    }

    private static long d(Map<String, Double> a, Map<String, Double> b, String k) {
        return Math.round(b.getOrDefault(k, 0.0) - a.getOrDefault(k, 0.0));
    }

    private static double dd(Map<String, Double> a, Map<String, Double> b, String k) {
        return b.getOrDefault(k, 0.0) - a.getOrDefault(k, 0.0);
    }
}
