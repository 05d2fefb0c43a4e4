package hallq.pad.support;

import hallq.terminal.time.Timers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A clock and scheduler moved by hand: due tasks run, in order, inside {@link #advance}. */
public final class ManualTime extends Clock implements Timers {
    private record Task(Instant due, long order, Runnable run, boolean[] cancelled) {
    }

    private Instant now;
    private long order;
    private final List<Task> tasks = new ArrayList<>();

    public ManualTime(Instant start) {
        this.now = start;
    }

    public synchronized void advance(Duration d) {
        Instant until = now.plus(d);
        while (true) {
            Task next = tasks.stream().filter(t -> !t.due.isAfter(until))
                    .min(Comparator.comparing(Task::due).thenComparingLong(Task::order)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.due.isAfter(now) ? next.due : now;
            if (!next.cancelled[0]) {
                next.run.run();
            }
        }
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
        return () -> cancelled[0] = true;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
