package hallq.terminal.time;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A screen's periodic and delayed work (its clock, a ticket's minutes, its timeouts) run by one daemon timer thread
 * and handed to the screen's thread (on a terminal, {@code Platform::runLater}).
 *
 * <p>Instead of JavaFX's Timeline and PauseTransition: while any animation runs, JavaFX pulses 60 times a second
 * however far apart its key frames are, and each pulse walks the scene; a screen at rest then costs a Pi a few per
 * cent of a core for nothing (issue 21, goal 6). Here a screen at rest wakes only when its task is due, and a
 * task that sets a label to the text it already has repaints nothing.
 *
 * <p>Threading: {@link #every} and {@link #timers} may be called from any thread; every task runs on the given
 * executor, never on the timer thread.
 */
public final class Ticker implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final Executor thread;
    private final Clock clock;

    public Ticker(String name, Executor thread) {
        this(name, thread, Clock.systemUTC());
    }

    Ticker(String name, Executor thread, Clock clock) {
        this.thread = thread;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code task} every {@code period}, first at the next whole period of the wall clock (a clock's seconds
     * then change with the wall clock's, not up to a second late), until cancelled.
     */
    public Timers.Cancellable every(Duration period, Runnable task) {
        long periodMs = period.toMillis();
        if (periodMs <= 0) {
            throw new IllegalArgumentException("period must be at least 1 ms: " + period);
        }
        ScheduledFuture<?> f = timer.scheduleAtFixedRate(() -> thread.execute(task), firstDelayMs(clock.millis(),
                periodMs), periodMs, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    /** Delayed tasks on the same timer thread, run on the screen's thread (see {@link ExecutorTimers}). */
    public Timers timers() {
        return new ExecutorTimers(timer, thread);
    }

    /** Milliseconds from {@code nowMs} to the next whole {@code periodMs} of the epoch (a whole period at one). */
    static long firstDelayMs(long nowMs, long periodMs) {
        return periodMs - Math.floorMod(nowMs, periodMs);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
