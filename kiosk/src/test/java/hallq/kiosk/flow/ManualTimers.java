package hallq.kiosk.flow;

import hallq.terminal.time.Timers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Timers on a hand-moved clock: nothing fires until the test calls {@link #advance}. */
final class ManualTimers implements Timers {
    private static final class Entry {
        final long due;
        final long order;
        final Runnable task;
        boolean cancelled;

        Entry(long due, long order, Runnable task) {
            this.due = due;
            this.order = order;
            this.task = task;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private long now;
    private long order;

    @Override
    public Cancellable after(Duration delay, Runnable task) {
        Entry e = new Entry(now + delay.toMillis(), order++, task);
        entries.add(e);
        return () -> e.cancelled = true;
    }

    /** Moves time on, running every timer that falls due, in order, including ones they start. */
    void advance(Duration d) {
        long until = now + d.toMillis();
        while (true) {
            Entry next = entries.stream().filter(e -> !e.cancelled && e.due <= until)
                    .min(Comparator.<Entry>comparingLong(e -> e.due).thenComparingLong(e -> e.order)).orElse(null);
            if (next == null) {
                break;
            }
            entries.remove(next);
            now = Math.max(now, next.due);
            next.task.run();
        }
        now = until;
    }

    long pending() {
        return entries.stream().filter(e -> !e.cancelled).count();
    }
}
