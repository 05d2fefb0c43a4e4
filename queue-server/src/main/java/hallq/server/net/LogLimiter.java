package hallq.server.net;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One log line a second, the rest counted (protocol section 7: refusals are logged at most once a second with a
 * count), so that a flood of refusals costs the log one line a second.
 */
final class LogLimiter {
    private static final long EVERY = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong next = new AtomicLong(System.nanoTime());
    private final AtomicInteger held = new AtomicInteger();

    /** -1 when this line is to be held back; else it is to be logged, with how many were held back before it. */
    int admit() {
        long now = System.nanoTime();
        long at = next.get();
        if (now - at < 0 || !next.compareAndSet(at, now + EVERY)) {
            held.incrementAndGet();
            return -1;
        }
        return held.getAndSet(0);
    }
}
