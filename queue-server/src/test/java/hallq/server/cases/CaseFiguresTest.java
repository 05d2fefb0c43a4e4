package hallq.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.CaseState;
import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.stats.StatsReport.CaseGroup;
import hallq.protocol.stats.StatsReport.CaseStats;
import hallq.server.queue.Halls;
import hallq.server.queue.QueueClass;
import hallq.server.queue.TicketRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The case figures of a scripted month, November 2026 (no holidays in it), computed on 2026-12-01; each figure is
 * derived by hand in a comment from the cases below.
 */
class CaseFiguresTest {
    private static final ZoneId TZ = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    static HallConfig hall() {
        return Halls.parse(Halls.testYaml() + "matters:\n"
                + "  - { code: M3, name: 企业变更登记, zone: legal, kind: promised, promisedDays: 3, materials: [申请书] }\n"
                + "  - { code: M5, name: 居住证申领, zone: natural, kind: promised, promisedDays: 5, materials: [身份证] }\n");
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(LocalTime.of(10, 0)).atZone(TZ).toInstant();
    }

    /** A case of legal at window 3 by clerk 1003 unless {@code natural} (window 4, clerk 1004). */
    private static CaseRecord c(String id, String day, Outcome outcome, String matter, String due, CaseState state,
                                String done, String previous, int visits, boolean natural) {
        return new CaseRecord(id, LocalDate.parse(day), id.substring(9), natural ? "natural" : "legal",
                natural ? "4" : "3", natural ? "1004" : "1003", outcome, matter, due == null ? null
                : LocalDate.parse(due), state, "k", List.of(), List.of(), null, null, null, at(day), at(day),
                done == null ? null : at(done), null, previous, visits);
    }

    private static TicketRecord ticket(String number, String zone, String counter, String clerk, Outcome outcome,
                                       String caseId) {
        Instant t = at("2026-11-16");
        return new TicketRecord(LocalDate.parse("2026-11-16"), number, number.substring(0, 1), 1, zone, zone, false,
                TicketState.DONE, QueueClass.NORMAL, 0, t, t, t, t, t, counter, clerk, outcome, null, null, null, 0, 0,
                0, null, "kiosk-1", "k", null, caseId);
    }

    private static final List<CaseRecord> CASES = List.of(
            // C1: accepted Mon 11-02, due 11-05, done 11-04 (2 working days), collected: 2 visits (opening, pickup)
            c("20261102-A001", "2026-11-02", Outcome.ACCEPTED, "M3", "2026-11-05", CaseState.COLLECTED, "2026-11-04",
                    null, 2, false),
            // C2: accepted 11-03, due 11-06, done 11-06 (3 working days), mailed: 1 visit
            c("20261103-A002", "2026-11-03", Outcome.ACCEPTED, "M3", "2026-11-06", CaseState.MAILED, "2026-11-06",
                    null, 1, false),
            // C3: accepted 11-09, due 11-12, done late 11-16 (11-10, 11, 12, 13, 16: 5 working days), collected
            c("20261109-A003", "2026-11-09", Outcome.ACCEPTED, "M3", "2026-11-12", CaseState.COLLECTED, "2026-11-16",
                    null, 2, false),
            // C4: accepted 11-25, due 12-03, not done: not judged yet
            c("20261125-A004", "2026-11-25", Outcome.ACCEPTED, "M5", "2026-12-03", CaseState.ACCEPTED, null, null, 1,
                    false),
            // C5 (natural): accepted 11-20, due 11-27, not done on 12-01: judged, overdue
            c("20261120-B001", "2026-11-20", Outcome.ACCEPTED, "M5", "2026-11-27", CaseState.ACCEPTED, null, null, 1,
                    true),
            // C6: 补正 11-10, the citizen came back (2 visits), closed by C7 opened at that return
            c("20261110-A005", "2026-11-10", Outcome.INCOMPLETE, "M3", null, CaseState.CLOSED, null, null, 2, false),
            // C7: accepted 11-12 after C6, due 11-17, done 11-17 (11-13, 16, 17: 3 working days), collected: 2 visits
            c("20261112-A006", "2026-11-12", Outcome.ACCEPTED, "M3", "2026-11-17", CaseState.COLLECTED, "2026-11-17",
                    "20261110-A005", 2, false),
            // C8 (natural): 补正 11-30, not back yet
            c("20261130-B002", "2026-11-30", Outcome.INCOMPLETE, "M5", null, CaseState.INCOMPLETE, null, null, 1,
                    true));

    private static List<TicketRecord> tickets() {
        List<TicketRecord> t = new ArrayList<>();
        // three 即办件 finished on the spot: two in legal at window 3, one in natural at window 4
        t.add(ticket("A010", "legal", "3", "1003", Outcome.DONE, null));
        t.add(ticket("A011", "legal", "3", "1003", Outcome.DONE, null));
        t.add(ticket("B010", "natural", "4", "1004", Outcome.DONE, null));
        // not on the spot: a pickup (linked to C1), an acceptance (it opened a case), a consultation
        t.add(ticket("F001", "pickup", "8", "1008", Outcome.DONE, "20261102-A001"));
        t.add(ticket("A001", "legal", "3", "1003", Outcome.ACCEPTED, null));
        t.add(ticket("A012", "legal", "3", "1003", Outcome.CONSULT, null));
        return t;
    }

    private final CaseStats s = CaseFigures.of(hall(), CASES, tickets(), TODAY);

    @Test
    void theHallsFiguresOfTheMonth() {
        assertThat(s.opened()).isEqualTo(8);           // C1..C8
        assertThat(s.accepted()).isEqualTo(6);         // C1, C2, C3, C4, C5, C7
        assertThat(s.incomplete()).isEqualTo(2);       // C6, C8
        assertThat(s.ready()).isZero();
        assertThat(s.returned()).isZero();
        assertThat(s.collected()).isEqualTo(3);        // C1, C3, C7
        assertThat(s.mailed()).isEqualTo(1);           // C2
        // judged: C1, C2, C3, C7 (done) and C5 (undone, due 11-27 < 12-01) = 5; C4 is not due yet
        assertThat(s.overdue()).isEqualTo(2);          // C3 done late, C5 undone past its date
        assertThat(s.onTimeRate()).isEqualTo(0.6);     // C1, C2, C7 of 5
        assertThat(s.earlyRate()).isEqualTo(0.2);      // C1 of 5
        assertThat(s.avgWorkingDays()).isEqualTo(3.3); // (2 + 3 + 5 + 3) / 4 = 3.25, to 0.1
        // ended chains: C1 (2), C2 (1), C3 (2), C6→C7 (2 + 2): 9 / 4 = 2.25, to 0.1
        assertThat(s.visitsPerCase()).isEqualTo(2.3);
        assertThat(s.onTheSpot()).isEqualTo(3);        // A010, A011, B010
        // within: C1, C2, C3 and the 3 on the spot = 6; outside: C6→C7 and C8 (both had a 补正) = 2; C4, C5 pending
        assertThat(s.oneVisitRate()).isEqualTo(0.75);
    }

    @Test
    void perZoneWindowClerkAndMatter() {
        // legal: C1, C2, C3, C4, C6, C7; judged C1, C2, C3, C7; on time C1, C2, C7; early C1; late C3;
        // one visit: within C1, C2, C3 + A010, A011 = 5, outside C6→C7 = 1: 5 / 6
        assertThat(s.zones()).extracting(CaseGroup::id).containsExactly("legal", "natural");
        CaseGroup legal = s.zones().get(0);
        assertThat(legal.name()).isEqualTo("法人服务区");
        assertThat(List.of(legal.opened(), legal.judged(), legal.onTime(), legal.early(), legal.overdue()))
                .containsExactly(6, 4, 3, 1, 1);
        assertThat(legal.onTimeRate()).isEqualTo(0.75);
        assertThat(legal.earlyRate()).isEqualTo(0.25);
        assertThat(legal.avgWorkingDays()).isEqualTo(3.3);
        assertThat(legal.oneVisitRate()).isEqualTo(0.8333);
        // natural: C5, C8; judged C5, late; one visit: B010 within, C8 outside: 1 / 2
        CaseGroup natural = s.zones().get(1);
        assertThat(List.of(natural.opened(), natural.judged(), natural.onTime(), natural.overdue()))
                .containsExactly(2, 1, 0, 1);
        assertThat(natural.onTimeRate()).isEqualTo(0.0);
        assertThat(natural.avgWorkingDays()).isNull();
        assertThat(natural.oneVisitRate()).isEqualTo(0.5);
        // windows and clerks follow the zones here (3/1003 legal, 4/1004 natural); window 8's pickup is no case
        assertThat(s.counters()).extracting(CaseGroup::id, CaseGroup::opened).containsExactly(
                org.assertj.core.groups.Tuple.tuple("3", 6), org.assertj.core.groups.Tuple.tuple("4", 2));
        assertThat(s.clerks()).extracting(CaseGroup::id, CaseGroup::oneVisitRate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1003", 0.8333), org.assertj.core.groups.Tuple.tuple("1004", 0.5));
        // M3: C1, C2, C3, C6, C7; judged 4, on time 3; one visit C1, C2, C3 of C1, C2, C3, C6→C7: 3 / 4
        // M5: C4, C5, C8; judged C5 late; one visit: C8 outside: 0 / 1
        assertThat(s.matters()).extracting(CaseGroup::id, CaseGroup::name, CaseGroup::opened, CaseGroup::onTimeRate,
                CaseGroup::oneVisitRate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("M3", "企业变更登记", 5, 0.75, 0.75),
                org.assertj.core.groups.Tuple.tuple("M5", "居住证申领", 3, 0.0, 0.0));
    }

    @Test
    void aMonthWithoutCasesHasNothingToRate() {
        CaseStats none = CaseFigures.of(hall(), List.of(), List.of(), TODAY);
        assertThat(none.opened()).isZero();
        assertThat(none.onTimeRate()).isNull();
        assertThat(none.oneVisitRate()).isNull();
        assertThat(none.visitsPerCase()).isNull();
        assertThat(none.zones()).isEmpty();
    }
}
