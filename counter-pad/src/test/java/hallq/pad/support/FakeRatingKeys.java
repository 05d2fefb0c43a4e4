package hallq.pad.support;

import hallq.hardware.button.Button;
import hallq.hardware.rating.RatingKeys;
import hallq.hardware.rating.RatingLevel;
import hallq.hardware.rating.RatingResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Rating keys the test presses by calling {@link #press}. */
public final class FakeRatingKeys implements RatingKeys {
    private CompletableFuture<RatingResult> pending;
    public int requests;
    public int cancels;

    @Override
    public synchronized CompletableFuture<RatingResult> request(Duration timeout) {
        requests++;
        cancel();
        cancels--; // a superseding request is not the pad's cancel
        pending = new CompletableFuture<>();
        return pending;
    }

    @Override
    public CompletableFuture<RatingResult> request() {
        return request(Duration.ofSeconds(30));
    }

    public void press(int level) {
        CompletableFuture<RatingResult> p;
        synchronized (this) {
            p = pending;
            pending = null;
        }
        if (p != null) {
            p.complete(RatingResult.rated(RatingLevel.ofScore(level), Instant.EPOCH));
        }
    }

    @Override
    public void cancel() {
        CompletableFuture<RatingResult> p;
        synchronized (this) {
            cancels++;
            p = pending;
            pending = null;
        }
        if (p != null) {
            p.complete(new RatingResult(RatingResult.Outcome.CANCELLED, null, Instant.EPOCH));
        }
    }

    @Override
    public synchronized boolean isArmed() {
        return pending != null;
    }

    @Override
    public Map<RatingLevel, Button> keys() {
        return Map.of();
    }

    @Override
    public void close() {
        cancel();
    }
}
