package hallq.hardware.rating;

import hallq.hardware.button.Button;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The 好差评 evaluator at a counter: five keys (非常满意 5 … 非常不满意 1) or two (good → 5, bad → 1).
 * Idle keys do nothing; {@link #request} arms them (their lamps light), the first press answers,
 * and they disarm again.
 */
public interface RatingKeys extends AutoCloseable {

    /**
     * Arms the keys. The future completes once, on the hardware event thread: with the pressed level,
     * TIMED_OUT after {@code timeout}, or CANCELLED. A request while one is pending cancels the older.
     */
    CompletableFuture<RatingResult> request(Duration timeout);

    /** Arms the keys with the device file's timeout. */
    CompletableFuture<RatingResult> request();

    /** Cancels a pending request, if any. */
    void cancel();

    boolean isArmed();

    /** The keys by level, so a desktop app can bind keyboard keys to them ({@link Button#simulateClick()}). */
    Map<RatingLevel, Button> keys();

    @Override
    void close();
}
