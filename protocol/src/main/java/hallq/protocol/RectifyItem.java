package hallq.protocol;


import java.util.List;

/**
 * A 差评's work item as the wire shows it (issue 20): the rating it is for ({@code id} is the rating's id, {@code
 * day/number} or {@code day/number/matter}), its state, the due date ({@code policy.rectifyDays} working days after
 * the rating's day), the person responsible, each step with its note, and {@code overdue} when the due date has
 * passed before it was rectified, and the states a step may go to {@code next} (the server's rule, for the page's
 * buttons).
 */
// every field written, null too: the pages decode a rating-item event back to what was sent (BrowserProtocolTest)
public record RectifyItem(String id, String day, String ticket, String matter, String zone, String counter,
                          String counterName, String clerk, String clerkName, int level, List<RatingReason> reasons,
                          String ratedAt, RectifyState state, String dueDate, String responsible, boolean overdue,
                          List<Step> steps, List<RectifyState> next) {
    public RectifyItem {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        steps = steps == null ? List.of() : List.copyOf(steps);
        next = next == null ? List.of() : List.copyOf(next);
    }

    /** One step: the state it moved to, its note (核实情况, 整改措施, 回访结果, 申诉理由, 复核意见), who and when. */
    public record Step(RectifyState state, String note, String by, String at) {
    }
}
