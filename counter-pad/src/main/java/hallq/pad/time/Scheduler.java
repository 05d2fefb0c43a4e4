package hallq.pad.time;

import java.time.Duration;

/**
 * Runs a task later on the model's thread. The pad's timeouts (the citizen's 30 s to rate, the thank-you
 * screen) go through this so tests can move time by hand instead of waiting for it.
 */
public interface Scheduler {

    /** Runs {@code task} on the model thread after {@code delay}, unless cancelled first. */
    Cancellable after(Duration delay, Runnable task);

    /** A scheduled task that can be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
