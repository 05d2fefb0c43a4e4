package hallq.server.rating;

import hallq.protocol.RatingReason;
import hallq.protocol.RectifyState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A 差评's work item as stored (issue 20), immutable: every step makes a new one ({@link Rectification}). {@code id}
 * is the rating's ({@link RatingRules#itemId}); {@code rectifiedAt} is when it reached 已整改, what 按期整改 is
 * judged by.
 */
public record RectifyRecord(String id, LocalDate day, String ticket, String matter, String zone, String counter,
                            String clerk, int level, List<RatingReason> reasons, Instant ratedAt, RectifyState state,
                            LocalDate dueDate, String responsible, List<Step> steps, Instant changedAt,
                            Instant rectifiedAt) {
    public RectifyRecord {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** One step: the state moved to, its note, the manager's device that made it, when. */
    public record Step(RectifyState state, String note, String by, Instant at) {
    }

    RectifyRecord moved(RectifyState to, String note, String by, String newResponsible, Instant now) {
        List<Step> next = new ArrayList<>(steps);
        next.add(new Step(to, note, by, now));
        return new RectifyRecord(id, day, ticket, matter, zone, counter, clerk, level, reasons, ratedAt, to, dueDate,
                newResponsible == null ? responsible : newResponsible, next, now,
                to == RectifyState.RECTIFIED ? now : rectifiedAt);
    }
}
