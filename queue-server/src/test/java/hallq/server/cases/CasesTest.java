package hallq.server.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.CaseState;
import hallq.protocol.ErrorCode;
import hallq.protocol.Outcome;
import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallCalendar;
import hallq.protocol.hall.Role;
import hallq.server.queue.HallException;
import hallq.testkit.ManualClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class CasesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026's 国庆 week: 10-01..07 off, Sat 10-10 worked. */
    private static final WorkingDays DAYS = WorkingDays.of(new HallCalendar(
            List.of("2026-09-25..2026-09-27", "2026-10-01..2026-10-07"), List.of("2026-09-20", "2026-10-10")));
    private static final Device MANAGER = new Device("office", Role.MANAGER, null, null, null);
    private static final Device ALL = new Device("bo", Role.BACKOFFICE, null, null, null);
    private static final Device ESTATE = new Device("bo-estate", Role.BACKOFFICE, null, null, List.of("estate"));
    private static final Device KIOSK = new Device("kiosk-1", Role.KIOSK, null, null, null);

    private final ManualClock clock = ManualClock.shanghai("2026-09-29T10:00:00"); // a Tuesday
    private final AtomicInteger keyCount = new AtomicInteger();
    private final Cases cases = new Cases(clock, SHANGHAI, DAYS, List.of(), () -> "key-" + keyCount.incrementAndGet());

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private CaseOpening accepted(String ticket, LocalDate due, Integer promised) {
        return new CaseOpening(d("2026-09-29"), ticket, "legal", "3", "1001", Outcome.ACCEPTED, "M-001", due,
                promised, null, null, null, null);
    }

    private CaseRecord openAccepted(String ticket, Integer promised) {
        CaseRecord c = cases.opening(accepted(ticket, null, promised)).orElseThrow();
        cases.open(c);
        return c;
    }

    private static void refused(ThrowableAssert.ThrowingCallable call, ErrorCode code, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(HallException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    @Test
    void anAcceptedCaseIsDueItsPromisedWorkingDaysAfterTodayOverTheNationalDayWeek() {
        // after Tue 09-29: Wed 30 (1), 10-01..07 off, Thu 08 (2), Fri 09 (3), Sat 10 调休 (4), Mon 12 (5)
        CaseRecord c = openAccepted("A007", 5);
        assertThat(c.id()).isEqualTo("20260929-A007");
        assertThat(c.dueDate()).isEqualTo(d("2026-10-12"));
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(c.key()).isEqualTo("key-1");
        assertThat(c.clerk()).isEqualTo("1001");
        assertThat(c.visits()).isEqualTo(1);
        assertThat(cases.takeChanged()).containsExactly(c);
        assertThat(cases.takeChanged()).isEmpty();
    }

    @Test
    void theFinishsOwnDueDateWinsOverThePromisedDaysAndMayNotBeInThePast() {
        CaseRecord c = cases.opening(accepted("A008", d("2026-10-20"), 5)).orElseThrow();
        assertThat(c.dueDate()).isEqualTo(d("2026-10-20"));
        refused(() -> cases.opening(accepted("A009", d("2026-09-28"), null)), ErrorCode.BAD_REQUEST, "DUE_IN_PAST");
        // today itself is allowed
        assertThat(cases.opening(accepted("A010", d("2026-09-29"), null)).orElseThrow().dueDate())
                .isEqualTo(d("2026-09-29"));
        assertThat(cases.takeChanged()).as("opening() alone holds nothing").isEmpty();
    }

    @Test
    void onlyAcceptedAndIncompleteOpenCases() {
        for (Outcome o : List.of(Outcome.DONE, Outcome.REJECTED, Outcome.CONSULT)) {
            assertThat(cases.opening(new CaseOpening(d("2026-09-29"), "A001", "legal", "3", "1001", o, null, null,
                    null, null, null, null, null))).as(o.wire()).isEmpty();
        }
    }

    @Test
    void incompleteListsTheMissingMaterialsAndWaivedNeedsItsDate() {
        CaseRecord c = cases.opening(new CaseOpening(d("2026-09-29"), "B002", "natural", "4", "1002",
                Outcome.INCOMPLETE, null, null, null, List.of(" 身份证  复印件 ", "", "户口簿", "户口簿"), null, null,
                null)).orElseThrow();
        assertThat(c.state()).isEqualTo(CaseState.INCOMPLETE);
        assertThat(c.missing()).containsExactly("身份证 复印件", "户口簿");
        assertThat(c.dueDate()).isNull();

        CaseOpening waivedNoDate = new CaseOpening(d("2026-09-29"), "A011", "legal", "3", "1001", Outcome.ACCEPTED,
                null, null, 3, null, List.of("营业执照副本"), null, null);
        refused(() -> cases.opening(waivedNoDate), ErrorCode.BAD_REQUEST, "WAIVED_DUE");
        CaseRecord w = cases.opening(new CaseOpening(d("2026-09-29"), "A011", "legal", "3", "1001",
                Outcome.ACCEPTED, null, null, 3, null, List.of("营业执照副本"), d("2026-10-09"), null)).orElseThrow();
        assertThat(w.waived()).containsExactly("营业执照副本");
        assertThat(w.waivedDue()).isEqualTo(d("2026-10-09"));

        refused(() -> cases.opening(new CaseOpening(d("2026-09-29"), "A012", "legal", "3", "1001", Outcome.DONE,
                null, null, null, List.of("x"), null, null, null)), ErrorCode.BAD_REQUEST, "MISSING_NOT_INCOMPLETE");
        refused(() -> cases.opening(new CaseOpening(d("2026-09-29"), "A012", "legal", "3", "1001",
                Outcome.INCOMPLETE, null, null, null, null, List.of("x"), d("2026-10-09"), null)),
                ErrorCode.BAD_REQUEST, "WAIVED_NOT_ACCEPTED");
    }

    @Test
    void readyThenCollectedByAPickupDone() {
        CaseRecord c = openAccepted("A007", 5);
        refused(() -> cases.forVisit(c.id()), ErrorCode.CONFLICT, "NOT_READY");
        assertThatThrownBy(() -> cases.forVisit(c.id())).hasMessageContaining("尚未办结").hasMessageContaining("2026-10-12");
        clock.advance(Duration.ofDays(2));
        CaseRecord ready = cases.ready(ALL, c.id());
        assertThat(ready.state()).isEqualTo(CaseState.READY);
        assertThat(ready.doneAt()).isEqualTo(clock.instant());
        // found by its key as well as its id
        assertThat(cases.forVisit("key-1").id()).isEqualTo(c.id());
        cases.visited(c.id());
        assertThat(cases.find(c.id()).visits()).isEqualTo(2);
        // a pickup finished another way leaves it ready
        assertThat(cases.visitFinished(c.id(), Outcome.CONSULT).orElseThrow().state()).isEqualTo(CaseState.READY);
        CaseRecord collected = cases.visitFinished(c.id(), Outcome.DONE).orElseThrow();
        assertThat(collected.state()).isEqualTo(CaseState.COLLECTED);
        assertThat(collected.closedAt()).isEqualTo(clock.instant());
        assertThat(cases.held()).isEmpty();
        refused(() -> cases.ready(ALL, c.id()), ErrorCode.NOT_FOUND, "UNKNOWN_CASE");
        refused(() -> cases.forVisit("key-1"), ErrorCode.NOT_FOUND, "UNKNOWN_CASE");
    }

    @Test
    void returnedNeedsAReasonThenIsMailedWithATrackingNumber() {
        CaseRecord c = openAccepted("A007", 5);
        cases.takeChanged();
        refused(() -> cases.returned(ALL, c.id(), "  "), ErrorCode.BAD_REQUEST, "REASON_REQUIRED");
        refused(() -> cases.mailed(ALL, c.id(), "EMS123"), ErrorCode.CONFLICT, "CASE_STATE");
        assertThat(cases.takeChanged()).as("refusals change nothing").isEmpty();
        CaseRecord r = cases.returned(ALL, c.id(), "材料不符合法定形式");
        assertThat(r.state()).isEqualTo(CaseState.RETURNED);
        assertThat(r.reason()).isEqualTo("材料不符合法定形式");
        refused(() -> cases.ready(ALL, c.id()), ErrorCode.CONFLICT, "CASE_STATE");
        refused(() -> cases.mailed(ALL, c.id(), ""), ErrorCode.BAD_REQUEST, "TRACKING_REQUIRED");
        CaseRecord m = cases.mailed(MANAGER, c.id(), " 1234567890123 ");
        assertThat(m.state()).isEqualTo(CaseState.MAILED);
        assertThat(m.tracking()).isEqualTo("1234567890123");
        assertThat(m.reason()).isEqualTo("材料不符合法定形式");
        assertThat(cases.takeChanged()).extracting(CaseRecord::state)
                .containsExactly(CaseState.RETURNED, CaseState.MAILED);
    }

    @Test
    void aBackOfficeDeviceActsOnlyInItsZonesAndOtherRolesNot() {
        CaseRecord c = openAccepted("A007", 5); // zone legal
        refused(() -> cases.ready(ESTATE, c.id()), ErrorCode.FORBIDDEN, "ZONE");
        refused(() -> cases.ready(KIOSK, c.id()), ErrorCode.FORBIDDEN, "ZONE");
        assertThat(cases.find(c.id()).state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(cases.ready(MANAGER, c.id()).state()).isEqualTo(CaseState.READY);
    }

    @Test
    void anIncompleteCaseIsClosedByTheFinishOfAVisitNamingIt() {
        CaseRecord c = cases.opening(new CaseOpening(d("2026-09-29"), "B002", "natural", "4", "1002",
                Outcome.INCOMPLETE, null, null, null, List.of("户口簿"), null, null, null)).orElseThrow();
        cases.open(c);
        assertThat(cases.forVisit(c.id())).isEqualTo(c); // no NOT_READY: the citizen is back with the materials
        refused(() -> cases.ready(ALL, c.id()), ErrorCode.CONFLICT, "CASE_STATE");
        CaseRecord closed = cases.visitFinished(c.id(), Outcome.ACCEPTED).orElseThrow();
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(cases.held()).isEmpty();
    }

    @Test
    void dueSoonAndOverdueWhileTheBackOfficeHoldsIt() {
        CaseRecord c = openAccepted("A007", 1); // due Wed 09-30
        assertThat(cases.view(c, false).due()).isEqualTo("soon"); // due the next working day
        CaseRecord later = openAccepted("A008", 5); // due 10-12
        assertThat(cases.view(later, false).due()).isNull();
        clock.set(java.time.Instant.parse("2026-10-09T02:00:00Z")); // Fri 10-09: Sat 10 (调休) is 1, Mon 12 is 2
        assertThat(Cases.due(later, d("2026-10-09"), DAYS)).isNull();
        assertThat(Cases.due(later, d("2026-10-10"), DAYS)).isEqualTo("soon");
        assertThat(Cases.due(later, d("2026-10-12"), DAYS)).isEqualTo("soon");
        assertThat(Cases.due(later, d("2026-10-13"), DAYS)).isEqualTo("overdue");
        assertThat(cases.view(cases.find(c.id()), false).due()).isEqualTo("overdue");
        // once ready it is no longer overdue: the back office is done
        assertThat(cases.view(cases.ready(ALL, c.id()), false).due()).isNull();
    }

    @Test
    void theViewCarriesTheKeyOnlyWhenAsked() {
        CaseRecord c = openAccepted("A007", 5);
        assertThat(cases.view(c, true).key()).isEqualTo("key-1");
        assertThat(cases.view(c, false).key()).isNull();
        assertThat(cases.view(c, false).dueDate()).isEqualTo("2026-10-12");
        assertThat(cases.view(c, false).openedAt()).startsWith("2026-09-29T10:00:00");
    }

    @Test
    void restoredCasesAreHeldUnlessFinal() {
        CaseRecord c = openAccepted("A007", 5);
        CaseRecord r = cases.ready(ALL, c.id());
        CaseRecord other = openAccepted("A008", 5);
        CaseRecord done = cases.mailed(ALL, cases.ready(ALL, other.id()).id(), "EMS1");
        Cases again = new Cases(clock, SHANGHAI, DAYS, List.of(r, done));
        assertThat(again.held()).containsExactly(r);
        assertThat(again.forVisit("key-1")).isEqualTo(r);
        refused(() -> again.find("key-2"), ErrorCode.NOT_FOUND, "UNKNOWN_CASE");
    }

    @Test
    void theSameTicketCannotOpenTwoCases() {
        openAccepted("A007", 5);
        refused(() -> cases.opening(accepted("A007", null, 5)), ErrorCode.CONFLICT, "CASE_EXISTS");
    }
}
