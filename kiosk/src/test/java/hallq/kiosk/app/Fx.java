package hallq.kiosk.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting on the JavaFX thread's state from a test thread: conditions are read on the FX thread, with a timeout. */
final class Fx {
    private Fx() {
    }

    /** Reads a value on the JavaFX thread. */
    static <T> T read(Callable<T> onFx) {
        try {
            return WaitForAsyncUtils.asyncFx(onFx).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading on the JavaFX thread failed", e);
        }
    }

    /** Waits until {@code condition} (read on the JavaFX thread) holds; fails with {@code what} after the timeout. */
    static void await(Duration timeout, String what, Callable<Boolean> condition, Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, () -> read(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; now: " + state.get());
        }
    }
}
