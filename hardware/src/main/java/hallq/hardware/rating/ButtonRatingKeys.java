package hallq.hardware.rating;

import hallq.hardware.button.Button;
import hallq.hardware.button.ButtonEvent;
import hallq.hardware.lamp.Lamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Rating keys made of {@link Button}s with optional lamps, plus an optional "please rate" prompt lamp. */
public final class ButtonRatingKeys implements RatingKeys {

    private static final Logger log = LoggerFactory.getLogger(ButtonRatingKeys.class);

    private final List<RatingKey> keys;
    private final Lamp promptLamp;
    private final Duration defaultTimeout;
    private final Duration confirm;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    private CompletableFuture<RatingResult> pending;
    private ScheduledFuture<?> timeoutTask;
    private ScheduledFuture<?> confirmOffTask;

    /**
     * @param promptLamp     blinks while armed; may be null
     * @param defaultTimeout used by {@link #request()}
     * @param confirm        how long the chosen key's lamp stays lit after the answer
     */
    public ButtonRatingKeys(List<RatingKey> keys, Lamp promptLamp, Duration defaultTimeout, Duration confirm,
                            Clock clock, ScheduledExecutorService scheduler) {
        if (keys.size() < 2) {
            throw new IllegalArgumentException("rating needs at least two keys");
        }
        this.keys = List.copyOf(keys);
        this.promptLamp = promptLamp;
        this.defaultTimeout = defaultTimeout;
        this.confirm = confirm;
        this.clock = clock;
        this.scheduler = scheduler;
        for (RatingKey key : this.keys) {
            key.button().addListener(event -> {
                if (event.type() == ButtonEvent.Type.PRESSED) {
                    onKeyPressed(key);
                }
            });
        }
    }

    @Override
    public CompletableFuture<RatingResult> request() {
        return request(defaultTimeout);
    }

    @Override
    public CompletableFuture<RatingResult> request(Duration timeout) {
        CompletableFuture<RatingResult> superseded;
        CompletableFuture<RatingResult> fresh = new CompletableFuture<>();
        synchronized (this) {
            superseded = disarm();
            pending = fresh;
            keys.forEach(k -> {
                if (k.lamp() != null) {
                    k.lamp().on();
                }
            });
            if (promptLamp != null) {
                promptLamp.blink();
            }
            timeoutTask = scheduler.schedule(() -> finish(fresh, RatingResult.Outcome.TIMED_OUT),
                    timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        complete(superseded, RatingResult.Outcome.CANCELLED);
        log.debug("Rating armed for {}", timeout);
        return fresh;
    }

    @Override
    public void cancel() {
        CompletableFuture<RatingResult> cancelled;
        synchronized (this) {
            cancelled = disarm();
        }
        complete(cancelled, RatingResult.Outcome.CANCELLED);
    }

    @Override
    public synchronized boolean isArmed() {
        return pending != null;
    }

    @Override
    public Map<RatingLevel, Button> keys() {
        Map<RatingLevel, Button> byLevel = new EnumMap<>(RatingLevel.class);
        keys.forEach(k -> byLevel.put(k.level(), k.button()));
        return Collections.unmodifiableMap(byLevel);
    }

    private void onKeyPressed(RatingKey key) {
        CompletableFuture<RatingResult> answered;
        synchronized (this) {
            if (pending == null) {
                return; // Presses while disarmed are not ratings.
            }
            answered = disarm();
            if (key.lamp() != null) {
                key.lamp().on();
                confirmOffTask = scheduler.schedule(key.lamp()::off, confirm.toNanos(), TimeUnit.NANOSECONDS);
            }
        }
        log.info("Rating given: {} {}", key.level().score(), key.level().labelZh());
        answered.complete(RatingResult.rated(key.level(), clock.instant()));
    }

    private void finish(CompletableFuture<RatingResult> which, RatingResult.Outcome outcome) {
        synchronized (this) {
            if (pending != which) {
                return; // Already answered or superseded.
            }
            disarm();
        }
        log.info("Rating request ended: {}", outcome);
        complete(which, outcome);
    }

    private void complete(CompletableFuture<RatingResult> future, RatingResult.Outcome outcome) {
        if (future != null) {
            future.complete(new RatingResult(outcome, null, clock.instant()));
        }
    }

    /** Turns the lamps off and forgets the pending request, returning it. Caller holds the lock. */
    private CompletableFuture<RatingResult> disarm() {
        CompletableFuture<RatingResult> was = pending;
        pending = null;
        if (timeoutTask != null) {
            timeoutTask.cancel(false);
            timeoutTask = null;
        }
        if (confirmOffTask != null) {
            confirmOffTask.cancel(false);
            confirmOffTask = null;
        }
        keys.forEach(k -> {
            if (k.lamp() != null) {
                k.lamp().off();
            }
        });
        if (promptLamp != null) {
            promptLamp.off();
        }
        return was;
    }

    @Override
    public void close() {
        cancel();
        keys.forEach(k -> {
            k.button().close();
            if (k.lamp() != null) {
                k.lamp().close();
            }
        });
    }
}
