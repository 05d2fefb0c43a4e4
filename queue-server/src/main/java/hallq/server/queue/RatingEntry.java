package hallq.server.queue;

import hallq.protocol.RatingReason;
import java.time.Instant;
import java.util.List;

/**
 * One rating of a ticket as the hall keeps it (issue 20): the matter rated (null: the ticket as a whole), the level,
 * a 1's or 2's reasons and when. A ticket holds one per matter ("一次一评、一事一评"), in the order given.
 */
public record RatingEntry(String matter, int level, List<RatingReason> reasons, Instant at) {
    public RatingEntry {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** 不满意 or 非常不满意: the ratings a follow-up (整改, 回访) is owed for. */
    public boolean bad() {
        return level <= RatingReason.BAD_UP_TO;
    }
}
