package hallq.hardware.config;

import java.time.Duration;

/**
 * A push button on one GPIO pin.
 *
 * @param pin         BCM pin number
 * @param activeLow   true (default) for the usual wiring: pull-up, key shorts the pin to ground
 * @param debounceMs  how long the level must stay put before it counts (default 30)
 * @param longPressMs hold time that makes a long press (default 1200)
 * @param key         keyboard key a desktop app binds to this button (JavaFX KeyCode name, e.g. "F1"), optional
 */
public record ButtonConfig(Integer pin, Boolean activeLow, Integer debounceMs, Integer longPressMs, String key) {
    public ButtonConfig {
        if (pin == null) {
            throw new IllegalArgumentException("button needs a pin");
        }
        activeLow = activeLow == null ? Boolean.TRUE : activeLow;
        debounceMs = debounceMs == null ? 30 : debounceMs;
        longPressMs = longPressMs == null ? 1200 : longPressMs;
        if (debounceMs < 0 || longPressMs <= debounceMs) {
            throw new IllegalArgumentException("button needs 0 <= debounceMs < longPressMs");
        }
    }

    public Duration debounce() {
        return Duration.ofMillis(debounceMs);
    }

    public Duration longPress() {
        return Duration.ofMillis(longPressMs);
    }
}
