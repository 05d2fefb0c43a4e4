package hallq.bench;

import java.util.Arrays;

/** Nearest-rank percentiles over nanosecond samples, and a growable sample list. */
final class Percentiles {
    private Percentiles() {
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value such that at least {@code q} of all
     * values are at or below it. {@code q} in (0, 1]; q = 0 gives the minimum.
     */
    static long nearestRank(long[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (q < 0 || q > 1) {
            throw new IllegalArgumentException("q must be in [0, 1]: " + q);
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** p50, p99, max and count of unsorted samples (the array is not changed). */
    static Summary summarize(long[] samples) {
        long[] s = samples.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            return new Summary(0, 0, 0, 0, 0);
        }
        return new Summary(s.length, nearestRank(s, 0.50), nearestRank(s, 0.99), s[0], s[s.length - 1]);
    }

    /** Nanosecond summary; {@code count == 0} means there were no samples. */
    record Summary(int count, long p50, long p99, long min, long max) {
        double p50ms() {
            return p50 / 1e6;
        }

        double p99ms() {
            return p99 / 1e6;
        }

        double maxMs() {
            return max / 1e6;
        }
    }

    /** A growable list of longs; not thread-safe. */
    static final class Samples {
        private long[] values = new long[256];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(Samples other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }

        Summary summary() {
            return summarize(toArray());
        }
    }
}
