package hallq.kiosk.app;

import hallq.terminal.time.Timers;
import java.time.Duration;
import javafx.animation.PauseTransition;

/** Timers on the JavaFX thread: a pause transition runs its end handler there, and stop() really stops it. */
public final class FxTimers implements Timers {
    @Override
    public Cancellable after(Duration delay, Runnable task) {
        PauseTransition p = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        p.setOnFinished(e -> task.run());
        p.play();
        return p::stop;
    }
}
