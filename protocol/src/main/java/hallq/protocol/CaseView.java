package hallq.protocol;

import java.util.List;

/**
 * A case (办件) as it appears on the wire (contract section 10). {@code id} is {@code yyyyMMdd-NUMBER} of the ticket
 * that opened it; {@code clerk} is the 首办责任人; {@code key} the citizen's private link's key, only in the reply to
 * the window that opened it and to the holder of the key, never in events. {@code missing}: what a 补正 lacks;
 * {@code waived} (容缺受理): what is to follow by {@code waivedDue}. {@code due}: {@code soon} or {@code overdue} while
 * the back office holds it and the due date is near or past, else null. {@code previous}: the 补正 case this one's
 * visit closed. Every field is written, null when it has no value (as tickets are), so that the pages' decoder
 * reads back what was sent.
 */
public record CaseView(
        String id,
        String day,
        String ticket,
        String zone,
        String counter,
        String clerk,
        Outcome outcome,
        String matter,
        String dueDate,
        CaseState state,
        String key,
        List<String> missing,
        List<String> waived,
        String waivedDue,
        String reason,
        String tracking,
        String openedAt,
        String changedAt,
        String due,
        String previous) {
    public CaseView {
        missing = missing == null ? List.of() : List.copyOf(missing);
        waived = waived == null ? List.of() : List.copyOf(waived);
    }

    /** The case without its key: what events and lists carry. */
    public CaseView withoutKey() {
        return new CaseView(id, day, ticket, zone, counter, clerk, outcome, matter, dueDate, state, null, missing,
                waived, waivedDue, reason, tracking, openedAt, changedAt, due, previous);
    }
}
