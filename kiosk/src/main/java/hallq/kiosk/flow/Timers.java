package hallq.kiosk.flow;

import java.time.Duration;

/** Delayed work on the model's thread: JavaFX timelines in the app, a hand-moved clock in tests. */
public interface Timers {

    /** Runs {@code task} on the model's thread after {@code delay}, unless cancelled first. */
    Cancellable after(Duration delay, Runnable task);

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
