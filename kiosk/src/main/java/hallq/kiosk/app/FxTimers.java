package hallq.kiosk.app;

import hallq.terminal.time.Ticker;
import hallq.terminal.time.Timers;
import java.time.Duration;
import javafx.application.Platform;

/**
 * Timers on the JavaFX thread: a timer thread of their own waits and hands the task to the JavaFX thread, and
 * cancel() really stops it. Not a PauseTransition: a running animation keeps JavaFX pulsing 60 times a second for
 * the whole of every screen's timeout (see {@link Ticker}).
 */
public final class FxTimers implements Timers {
    private final Timers timers = new Ticker("kiosk-timer", Platform::runLater).timers();

    @Override
    public Cancellable after(Duration delay, Runnable task) {
        return timers.after(delay, task);
    }
}
