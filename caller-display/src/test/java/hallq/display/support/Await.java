package hallq.display.support;

import hallq.display.model.DisplayModel;
import hallq.display.model.DisplayState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Waits for the model to reach a state, by listening to it (no sleeping). */
public final class Await {
    private Await() {
    }

    public static DisplayState until(DisplayModel model, String what, Predicate<DisplayState> p) throws Exception {
        CompletableFuture<DisplayState> f = new CompletableFuture<>();
        model.onChange(s -> {
            if (p.test(s)) {
                f.complete(s);
            }
        });
        DisplayState now = model.state();
        if (p.test(now)) {
            return now;
        }
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; state is " + model.state());
        }
    }
}
