package hallq.server.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand; a running server may read it from its threads. */
public final class TestClock extends Clock {
    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    /** Local wall time in Shanghai, e.g. {@code at("2026-11-22T09:00:00")}. */
    public static TestClock shanghai(String localDateTime) {
        return new TestClock(java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void advanceSeconds(long s) {
        advance(Duration.ofSeconds(s));
    }

    public void set(Instant at) {
        now = at;
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
