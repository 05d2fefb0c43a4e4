package hallq.pad.support;

import hallq.pad.clerk.PadModel;
import hallq.pad.clerk.PadState;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.beans.property.SimpleBooleanProperty;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in a UI test until the pad's model (on the JavaFX thread) has published a matching state, through
 * TestFX's {@link WaitForAsyncUtils#waitFor(long, TimeUnit, javafx.beans.value.ObservableBooleanValue)}: it
 * wakes on the change itself, with a deadline, instead of sleeping.
 */
public final class FxWait {
    private FxWait() {
    }

    public static PadState until(PadModel model, String what, Predicate<PadState> condition) throws Exception {
        SimpleBooleanProperty met = WaitForAsyncUtils.asyncFx(() -> {
            SimpleBooleanProperty p = new SimpleBooleanProperty(condition.test(model.state()));
            // a latch: a short-lived state (offline for a moment) still counts once seen
            model.addListener(s -> {
                if (condition.test(s)) {
                    p.set(true);
                }
            });
            return p;
        }).get();
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, met);
        } catch (TimeoutException e) {
            throw new AssertionError("no state where " + what + " within 15 s; last: " + model.state());
        }
        WaitForAsyncUtils.waitForFxEvents();
        return model.state();
    }
}
