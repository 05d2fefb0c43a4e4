package hallq.server.cases;

import hallq.protocol.CaseState;
import hallq.protocol.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's stored row (contract section 10), immutable: every change makes a new one ({@link Cases}). {@code doneAt}
 * is when the back office finished with it (ready or returned), what on-time figures are judged by; {@code closedAt}
 * when it left the hall's hands (collected, mailed, closed by a later visit). {@code visits} counts the tickets linked
 * to it: the one that opened it and every pickup or return since.
 */
public record CaseRecord(
        String id,
        LocalDate day,
        String ticket,
        String zone,
        String counter,
        String clerk,
        Outcome outcome,
        String matter,
        LocalDate dueDate,
        CaseState state,
        String key,
        List<String> missing,
        List<String> waived,
        LocalDate waivedDue,
        String reason,
        String tracking,
        Instant openedAt,
        Instant changedAt,
        Instant doneAt,
        Instant closedAt,
        String previous,
        int visits) {

    public CaseRecord {
        missing = missing == null ? List.of() : List.copyOf(missing);
        waived = waived == null ? List.of() : List.copyOf(waived);
    }

    CaseRecord moved(CaseState to, Instant now, String reason, String tracking) {
        Instant done = doneAt == null && (to == CaseState.READY || to == CaseState.RETURNED) ? now : doneAt;
        Instant closed = to.isFinal() ? now : null;
        return new CaseRecord(id, day, ticket, zone, counter, clerk, outcome, matter, dueDate, to, key, missing,
                waived, waivedDue, reason != null ? reason : this.reason, tracking != null ? tracking : this.tracking,
                openedAt, now, done, closed, previous, visits);
    }

    CaseRecord visited() {
        return new CaseRecord(id, day, ticket, zone, counter, clerk, outcome, matter, dueDate, state, key, missing,
                waived, waivedDue, reason, tracking, openedAt, changedAt, doneAt, closedAt, previous, visits + 1);
    }
}
