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
        int visits,
        // cases2 (issue 18): the citizen's mobile number for 办结/退件 texts and the call list, kept only while the
        // case is in the hall's hands; when and by which window the citizen was told by telephone (待通知 done)
        String phone,
        Instant notifiedAt,
        String notifiedBy) {

    public CaseRecord {
        missing = missing == null ? List.of() : List.copyOf(missing);
        waived = waived == null ? List.of() : List.copyOf(waived);
    }

    public CaseRecord(String id, LocalDate day, String ticket, String zone, String counter, String clerk,
                      Outcome outcome, String matter, LocalDate dueDate, CaseState state, String key,
                      List<String> missing, List<String> waived, LocalDate waivedDue, String reason, String tracking,
                      Instant openedAt, Instant changedAt, Instant doneAt, Instant closedAt, String previous,
                      int visits) {
        this(id, day, ticket, zone, counter, clerk, outcome, matter, dueDate, state, key, missing, waived, waivedDue,
                reason, tracking, openedAt, changedAt, doneAt, closedAt, previous, visits, null, null, null);
    }

    /** Cases2: the same case with the citizen's phone. */
    CaseRecord withPhone(String p, Instant now) {
        return new CaseRecord(id, day, ticket, zone, counter, clerk, outcome, matter, dueDate, state, key, missing,
                waived, waivedDue, reason, tracking, openedAt, now, doneAt, closedAt, previous, visits, p, notifiedAt,
                notifiedBy);
    }

    /** Cases2: told by telephone from window {@code by}. */
    CaseRecord notified(Instant now, String by) {
        return new CaseRecord(id, day, ticket, zone, counter, clerk, outcome, matter, dueDate, state, key, missing,
                waived, waivedDue, reason, tracking, openedAt, now, doneAt, closedAt, previous, visits, phone, now, by);
    }

    CaseRecord moved(CaseState to, Instant now, String reason, String tracking) {
        Instant done = doneAt == null && (to == CaseState.READY || to == CaseState.RETURNED) ? now : doneAt;
        Instant closed = to.isFinal() ? now : null;
        return new CaseRecord(id, day, ticket, zone, counter, clerk, outcome, matter, dueDate, to, key, missing,
                waived, waivedDue, reason != null ? reason : this.reason, tracking != null ? tracking : this.tracking,
                openedAt, now, done, closed, previous, visits,
                // cases2: the number is forgotten once the case leaves the hall's hands; a new state is told anew
                to.isFinal() ? null : phone, to == state ? notifiedAt : null, to == state ? notifiedBy : null);
    }

    CaseRecord visited() {
        return new CaseRecord(id, day, ticket, zone, counter, clerk, outcome, matter, dueDate, state, key, missing,
                waived, waivedDue, reason, tracking, openedAt, changedAt, doneAt, closedAt, previous, visits + 1, phone,
                notifiedAt, notifiedBy);
    }
}
