package hallq.server.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code perMinute} tickets a minute per kiosk, as a token bucket: a burst of a full minute's worth,
 * then one every 60/perMinute seconds. Used on the hall thread only.
 */
final class KioskRateLimiter {
    private final Clock clock;
    private final double perMinute;
    private final Map<String, Bucket> buckets = new HashMap<>();

    private static final class Bucket {
        double tokens;
        Instant at;
    }

    KioskRateLimiter(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    boolean tryAcquire(String device) {
        Instant now = clock.instant();
        Bucket b = buckets.computeIfAbsent(device, d -> {
            Bucket fresh = new Bucket();
            fresh.tokens = perMinute;
            fresh.at = now;
            return fresh;
        });
        double elapsedMin = Math.max(0, Duration.between(b.at, now).toNanos()) / 60e9;
        b.tokens = Math.min(perMinute, b.tokens + elapsedMin * perMinute);
        b.at = now;
        if (b.tokens < 1) {
            return false;
        }
        b.tokens -= 1;
        return true;
    }
}
