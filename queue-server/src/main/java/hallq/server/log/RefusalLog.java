package hallq.server.log;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One log line a second, the rest counted (contract section 7: refusals are logged at most once a second with a
 * count), so that a flood of refusals, drops or closes costs the log one line a second. Safe from any thread (one
 * may be shared by all network threads); time can be passed in, so it is tested without a clock.
 */
public final class RefusalLog {
    static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong next = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger held = new AtomicInteger();

    /** What a line said after {@code held} were held back adds: " (and N more in the last second)", or nothing. */
    public static String andMore(int held) {
        return held <= 0 ? "" : " (and " + held + " more in the last second)";
    }

    /** {@link #admit(long)} now. */
    public int admit() {
        return admit(System.nanoTime());
    }

    /**
     * -1 when a line at {@code nowNanos} is to be held back (it is counted); else it is to be logged, with how many
     * were held back since the last one logged.
     */
    public int admit(long nowNanos) {
        long at = next.get();
        if ((at != Long.MIN_VALUE && nowNanos - at < 0) || !next.compareAndSet(at, nowNanos + EVERY_NANOS)) {
            held.incrementAndGet();
            return -1;
        }
        return held.getAndSet(0);
    }
}
