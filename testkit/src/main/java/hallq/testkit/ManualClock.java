package hallq.testkit;

import hallq.terminal.time.Timers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A clock moved by hand, never backwards, that is also a terminal's {@link Timers}: nothing fires until the clock is
 * moved, and then every task that falls due runs, in order of due time (then of scheduling), on the thread that
 * moves it, the clock standing at the task's due time while it runs; tasks it schedules run too if they fall due.
 * Other threads (a server running on it) may read it at any time.
 */
public final class ManualClock extends Clock implements Timers {
    private record Task(Instant due, long order, Runnable run, boolean[] cancelled) {
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;
    private long order;
    private final List<Task> tasks = new ArrayList<>();

    public ManualClock(Instant start) {
        this.now = start;
    }

    /** At a wall time in Shanghai (the test halls' time zone), e.g. {@code shanghai("2026-11-22T09:00:00")}. */
    public static ManualClock shanghai(String localDateTime) {
        return new ManualClock(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
    }

    /** Moves time on by {@code d}, running every task that falls due. */
    public synchronized void advance(Duration d) {
        set(now.plus(d));
    }

    public void advanceSeconds(long s) {
        advance(Duration.ofSeconds(s));
    }

    /** Moves time on to {@code until}, running every task due by then; an instant before now is refused. */
    public synchronized void set(Instant until) {
        if (until.isBefore(now)) {
            throw new IllegalArgumentException("clock moved back from " + now + " to " + until);
        }
        while (true) {
            Task next = tasks.stream().filter(t -> !t.cancelled[0] && !t.due.isAfter(until))
                    .min(Comparator.comparing(Task::due).thenComparingLong(Task::order)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            if (next.due.isAfter(now)) {
                now = next.due;
            }
            next.run.run();
        }
        tasks.removeIf(t -> t.cancelled[0]);
        now = until;
    }

    /** Tasks still waiting (not run, not cancelled). */
    public synchronized long pending() {
        return tasks.stream().filter(t -> !t.cancelled[0]).count();
    }

    @Override
    public synchronized Cancellable after(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now.plus(delay), order++, task, cancelled));
        return () -> {
            synchronized (this) {
                cancelled[0] = true;
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock (moved with it) seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(getZone())) {
            return this;
        }
        ManualClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }
        };
    }
}
