package hallq.server.store;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Counts journal writes whose sync took long, and says so at most once a minute: every reply of the hall waits for
 * that sync, and a card or disk that starts to take a tenth of a second is one the hall's staff should replace
 * before it fails. Plain arithmetic over the times it is given, so it is tested without a clock.
 */
final class SlowSyncs {
    static final long SLOW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final long EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private long count;
    private long worstNanos;
    private long lastSaidNanos;
    private boolean saidOnce;

    /**
     * One write and sync of {@code tookNanos}, ending at {@code nowNanos} ({@link System#nanoTime}); returns the
     * warning to log, if one is due now.
     */
    Optional<String> took(long tookNanos, long nowNanos) {
        if (tookNanos < SLOW_NANOS) {
            return Optional.empty();
        }
        count++;
        worstNanos = Math.max(worstNanos, tookNanos);
        if (saidOnce && nowNanos - lastSaidNanos < EVERY_NANOS) {
            return Optional.empty();
        }
        String text = count + (count == 1 ? " journal sync" : " journal syncs") + " took over "
                + TimeUnit.NANOSECONDS.toMillis(SLOW_NANOS) + " ms" + (saidOnce ? " in the last minute" : "")
                + ", the slowest " + TimeUnit.NANOSECONDS.toMillis(worstNanos)
                + " ms; every reply waits for it: check the data disk";
        count = 0;
        worstNanos = 0;
        lastSaidNanos = nowNanos;
        saidOnce = true;
        return Optional.of(text);
    }
}
