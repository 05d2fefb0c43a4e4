package hallq.server.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test sets while the server's threads read it. */
final class MovableClock extends Clock {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private volatile Instant now;

    MovableClock(String shanghaiDateTime) {
        set(shanghaiDateTime);
    }

    /** Local wall time in Shanghai, e.g. {@code 2026-11-23T09:00:00}. */
    void set(String shanghaiDateTime) {
        now = LocalDateTime.parse(shanghaiDateTime).atZone(HALL).toInstant();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
