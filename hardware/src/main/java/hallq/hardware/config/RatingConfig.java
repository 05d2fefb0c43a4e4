package hallq.hardware.config;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The 好差评 evaluator: two keys (good 5 / bad 1) or five keys (5 … 1), each with its own lamp.
 *
 * @param keys        the keys, each naming its level
 * @param promptLamp  name of a lamp from {@code lamps} that blinks while a rating is awaited, optional
 * @param timeoutSec  default wait for an answer (default 30)
 * @param confirmMs   how long the chosen key's lamp stays lit after the answer (default 1500)
 */
public record RatingConfig(List<RatingKeyConfig> keys, String promptLamp, Integer timeoutSec, Integer confirmMs) {
    public RatingConfig {
        if (keys == null || keys.size() < 2) {
            throw new IllegalArgumentException("rating needs at least two keys");
        }
        keys = List.copyOf(keys);
        Set<Integer> levels = new HashSet<>();
        for (RatingKeyConfig key : keys) {
            if (!levels.add(key.level())) {
                throw new IllegalArgumentException("rating level " + key.level() + " appears twice");
            }
        }
        timeoutSec = timeoutSec == null ? 30 : timeoutSec;
        confirmMs = confirmMs == null ? 1500 : confirmMs;
    }

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSec);
    }

    public Duration confirm() {
        return Duration.ofMillis(confirmMs);
    }
}
