package hallq.terminal.time;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Real time: a timer thread waits, then hands the task to the model thread. */
public final class ExecutorTimers implements Timers {
    private final ScheduledExecutorService timer;
    private final Executor modelThread;

    public ExecutorTimers(ScheduledExecutorService timer, Executor modelThread) {
        this.timer = timer;
        this.modelThread = modelThread;
    }

    @Override
    public Cancellable after(Duration delay, Runnable task) {
        // The flag is read on the model thread: a cancel that races with the timer firing still wins,
        // because the cancel itself runs on the model thread before the handed-over task does.
        boolean[] cancelled = {false};
        ScheduledFuture<?> f = timer.schedule(() -> modelThread.execute(() -> {
            if (!cancelled[0]) {
                task.run();
            }
        }), delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> {
            cancelled[0] = true;
            f.cancel(false);
        };
    }
}
