package hallq.pad.rating;

import java.time.Instant;

/**
 * The citizen's screen while it is up: the ticket to rate, and either the question (until {@code deadline})
 * or the thank-you after an answer.
 */
public record RatingPrompt(String ticket, Phase phase, Instant deadline, Integer level) {

    public enum Phase { ASKING, THANKED }

    public static RatingPrompt asking(String ticket, Instant deadline) {
        return new RatingPrompt(ticket, Phase.ASKING, deadline, null);
    }

    public RatingPrompt thanked(int chosen) {
        return new RatingPrompt(ticket, Phase.THANKED, deadline, chosen);
    }

    public boolean isAsking() {
        return phase == Phase.ASKING;
    }
}
