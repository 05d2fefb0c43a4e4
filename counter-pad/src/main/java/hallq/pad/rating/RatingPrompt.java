package hallq.pad.rating;

import hallq.protocol.RatingReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The citizen's screen while it is up: the ticket to rate, and either the question (until {@code deadline}), the
 * reasons of a 1 or 2 (issue 20: chosen so far in {@code reasons}, until the new {@code deadline}) or the thank-you
 * after an answer. A visit of several matters (一事一评) is asked about one {@code matter} at a time: the
 * {@code index}-th (from 0) of {@code count}; a prompt of the whole ticket has no matter and a count of 0.
 */
public record RatingPrompt(String ticket, Phase phase, Instant deadline, Integer level, List<RatingReason> reasons,
                           RatedMatter matter, int index, int count) {

    public enum Phase { ASKING,
        /** Rating (issue 20): a 1 or 2 was touched; why, one tap each, optional. */
        REASONS,
        THANKED }

    public RatingPrompt {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public RatingPrompt(String ticket, Phase phase, Instant deadline, Integer level, List<RatingReason> reasons) {
        this(ticket, phase, deadline, level, reasons, null, 0, 0);
    }

    public RatingPrompt(String ticket, Phase phase, Instant deadline, Integer level) {
        this(ticket, phase, deadline, level, List.of());
    }

    public static RatingPrompt asking(String ticket, Instant deadline) {
        return new RatingPrompt(ticket, Phase.ASKING, deadline, null);
    }

    /** Rating (issue 20): asking about the {@code index}-th of the visit's {@code count} matters. */
    public static RatingPrompt asking(String ticket, Instant deadline, RatedMatter matter, int index, int count) {
        return new RatingPrompt(ticket, Phase.ASKING, deadline, null, List.of(), matter, index, count);
    }

    public RatingPrompt thanked(int chosen) {
        return new RatingPrompt(ticket, Phase.THANKED, deadline, chosen, reasons, matter, index, count);
    }

    /** The level touched is a 1 or 2: the reasons are asked until {@code until}. */
    public RatingPrompt askingReasons(int chosen, Instant until) {
        return new RatingPrompt(ticket, Phase.REASONS, until, chosen, List.of(), matter, index, count);
    }

    /** Whether a matter of the visit is asked about (not the ticket as a whole). */
    public boolean isPerMatter() {
        return matter != null;
    }

    /** A tap on a reason: chosen if it was not, no longer chosen if it was. */
    public RatingPrompt toggled(RatingReason r) {
        List<RatingReason> next = new ArrayList<>(reasons);
        if (!next.remove(r)) {
            next.add(r);
        }
        return new RatingPrompt(ticket, phase, deadline, level, next, matter, index, count);
    }

    public boolean isAsking() {
        return phase == Phase.ASKING;
    }

    public boolean isAskingReasons() {
        return phase == Phase.REASONS;
    }
}
