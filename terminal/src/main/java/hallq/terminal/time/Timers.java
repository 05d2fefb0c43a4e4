package hallq.terminal.time;

import java.time.Duration;

/**
 * Delayed work on a terminal model's thread: the kiosk's screen timeouts, the pad's 30 s to rate and its thank-you
 * screen. The models take this instead of a timer of their own so that tests can move time by hand
 * ({@code hallq.testkit.ManualClock}) instead of waiting for it.
 */
public interface Timers {

    /** Runs {@code task} on the model's thread after {@code delay}, unless cancelled first. */
    Cancellable after(Duration delay, Runnable task);

    /** A task waiting to run that can be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
