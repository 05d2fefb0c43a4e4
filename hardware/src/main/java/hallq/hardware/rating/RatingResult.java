package hallq.hardware.rating;

import java.time.Instant;
import java.util.Optional;

/**
 * How one rating request ended.
 *
 * @param outcome rated, timed out, or cancelled (by {@link RatingKeys#cancel()} or a newer request)
 * @param level   the chosen level; null unless {@code outcome == RATED}
 * @param at      when it ended
 */
public record RatingResult(Outcome outcome, RatingLevel level, Instant at) {

    public enum Outcome { RATED, TIMED_OUT, CANCELLED }

    public RatingResult {
        if ((outcome == Outcome.RATED) != (level != null)) {
            throw new IllegalArgumentException("a level comes with RATED and only with RATED");
        }
    }

    public static RatingResult rated(RatingLevel level, Instant at) {
        return new RatingResult(Outcome.RATED, level, at);
    }

    public boolean isRated() {
        return outcome == Outcome.RATED;
    }

    public Optional<RatingLevel> chosenLevel() {
        return Optional.ofNullable(level);
    }
}
