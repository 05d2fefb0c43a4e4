package hallq.server.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.CaseState;
import hallq.protocol.CaseView;
import hallq.protocol.ErrorCode;
import hallq.protocol.Outcome;
import hallq.protocol.TicketView;
import hallq.protocol.event.CaseChange;
import hallq.protocol.event.CaseChanged;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Role;
import hallq.protocol.message.Replies.TicketReply;
import hallq.protocol.message.Requests.Finish;
import hallq.server.queue.Effects;
import hallq.server.queue.HallEvent;
import hallq.server.queue.HallException;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.server.store.JournalEntry;
import hallq.server.store.JournaledStore;
import hallq.testkit.ManualClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case rules inside the hall (contract section 10): opened at finish, picked up at the kiosk, kept on disk. */
public class HallCasesTest {
    /** The test hall with a pickup zone served by window 4, a back office for estate, the 2026 国庆 calendar. */
    public static HallConfig casesHall() {
        return Halls.parse(Halls.testYaml()
                .replace("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  pickupZone: pickup")
                .replace("prefix: C, dailyCap: 5 }", "prefix: C, dailyCap: 5 }\n"
                        + "  - { id: pickup,  name: 综合出件,     nameEn: Pick-up,           prefix: F }")
                .replace("nameEn: Window 4, zones: [estate] }", "nameEn: Window 4, zones: [pickup, estate] }")
                .replace("  - { id: office,", "  - { id: bo-estate, role: backoffice, token: \"bo-estate-secret\", "
                        + "zones: [estate] }\n  - { id: bo, role: backoffice, token: \"bo-secret\" }\n  - { id: office,")
                + "calendar:\n  holidays: [\"2026-10-01..2026-10-07\"]\n  workdays: [\"2026-10-10\"]\n");
    }

    private static final Device BACK_OFFICE = new Device("bo", Role.BACKOFFICE, null, null, null);
    private static final Device ESTATE_OFFICE = new Device("bo-estate", Role.BACKOFFICE, null, null, List.of("estate"));

    private final ManualClock clock = ManualClock.shanghai("2026-09-29T09:00:00");
    private HallQueue hall = new HallQueue(casesHall(), clock, Halls.hasher(), RestoredHall.EMPTY);

    @TempDir
    Path data;

    private void login() {
        hall.login("3", "1003", "2648");
        hall.login("4", "1004", "9152");
    }

    /** A ticket of legal called and started at window 3. */
    private TicketView atWindow3() {
        clock.advanceSeconds(5);
        hall.issue("kiosk-1", "legal", false, null);
        clock.advanceSeconds(5);
        TicketView t = hall.callNext("3");
        hall.start("3");
        clock.advanceSeconds(60);
        return t;
    }

    private static List<CaseChanged> caseEvents(Effects e) {
        return e.events().stream().map(HallEvent::data).filter(d -> d instanceof CaseChanged)
                .map(d -> (CaseChanged) d).toList();
    }

    @Test
    void acceptingAtTheWindowOpensACaseThatTheReplyCarriesWithItsKey() {
        login();
        TicketView t = atWindow3();
        hall.takeEffects();
        TicketReply r = hall.finish("3", new Finish(Outcome.ACCEPTED, LocalDate.parse("2026-10-12"), "M-001", null,
                null, null));
        CaseView c = r.caseView();
        assertThat(c.id()).isEqualTo("20260929-" + t.number());
        assertThat(c.key()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(c.clerk()).isEqualTo("1003");
        assertThat(c.counter()).isEqualTo("3");
        assertThat(c.zone()).isEqualTo("legal");
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(c.dueDate()).isEqualTo("2026-10-12");
        Effects e = hall.takeEffects();
        assertThat(e.caseRecords()).extracting(CaseRecord::id).containsExactly(c.id());
        List<CaseChanged> events = caseEvents(e);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).change()).isEqualTo(CaseChange.OPENED);
        assertThat(events.get(0).caseView().key()).as("never a key in events").isNull();
    }

    @Test
    void aFinishThatWouldOpenABadCaseChangesNothing() {
        login();
        atWindow3();
        hall.takeEffects();
        assertThatThrownBy(() -> hall.finish("3", new Finish(Outcome.ACCEPTED, LocalDate.parse("2026-09-28"))))
                .isInstanceOfSatisfying(HallException.class, x -> assertThat(x.reason()).isEqualTo("DUE_IN_PAST"));
        assertThat(hall.takeEffects().isEmpty()).isTrue();
        assertThat(hall.snapshot().counters().get(2).ticket()).as("still at the window").isNotNull();
    }

    @Test
    void aPickupTicketGoesToThePickupZoneOnlyWhenReadyAndItsDoneFinishCollects() {
        login();
        atWindow3();
        CaseView c = hall.finish("3", new Finish(Outcome.ACCEPTED, LocalDate.parse("2026-10-12"))).caseView();
        assertThatThrownBy(() -> hall.issue("kiosk-1", null, false, null, c.id()))
                .isInstanceOfSatisfying(HallException.class, x -> {
                    assertThat(x.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(x.reason()).isEqualTo("NOT_READY");
                    assertThat(x.getMessage()).contains("尚未办结").contains("2026-10-12");
                });
        hall.takeEffects();
        assertThatThrownBy(() -> hall.caseReady(ESTATE_OFFICE, c.id()))
                .isInstanceOfSatisfying(HallException.class, x -> assertThat(x.reason()).isEqualTo("ZONE"));
        assertThat(hall.caseReady(BACK_OFFICE, c.id()).state()).isEqualTo(CaseState.READY);
        assertThat(caseEvents(hall.takeEffects())).extracting(CaseChanged::change).containsExactly(CaseChange.READY);

        // scanned from the receipt's QR: the key
        TicketView pickup = hall.issue("kiosk-1", null, false, null, c.key());
        assertThat(pickup.zone()).isEqualTo("pickup");
        assertThat(pickup.number()).startsWith("F");
        assertThat(pickup.caseId()).isEqualTo(c.id());
        clock.advanceSeconds(5);
        assertThat(hall.callNext("4").caseId()).as("the pickup window sees which case").isEqualTo(c.id());
        hall.start("4");
        hall.takeEffects();
        TicketReply done = hall.finish("4", new Finish(Outcome.DONE, null));
        assertThat(done.caseView()).isNull();
        List<CaseChanged> events = caseEvents(hall.takeEffects());
        assertThat(events).extracting(CaseChanged::change).containsExactly(CaseChange.COLLECTED);
        assertThat(events.get(0).caseView().state()).isEqualTo(CaseState.COLLECTED);
        assertThat(hall.heldCases(BACK_OFFICE)).isEmpty();
        assertThatThrownBy(() -> hall.caseReady(BACK_OFFICE, c.id()))
                .isInstanceOfSatisfying(HallException.class, x -> assertThat(x.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void aReturnAfterIncompleteGoesToTheCasesZoneAndClosesItWhenFinished() {
        login();
        atWindow3();
        CaseView c = hall.finish("3", new Finish(Outcome.INCOMPLETE, null, null, List.of("户口簿"), null, null))
                .caseView();
        assertThat(c.state()).isEqualTo(CaseState.INCOMPLETE);
        assertThat(c.missing()).containsExactly("户口簿");
        TicketView back = hall.issue("kiosk-1", null, false, null, c.id());
        assertThat(back.zone()).isEqualTo("legal");
        clock.advanceSeconds(5);
        hall.callNext("3");
        hall.start("3");
        hall.takeEffects();
        CaseView next = hall.finish("3", new Finish(Outcome.ACCEPTED, null)).caseView();
        assertThat(next.previous()).isEqualTo(c.id());
        assertThat(caseEvents(hall.takeEffects())).extracting(CaseChanged::change)
                .containsExactly(CaseChange.CLOSED, CaseChange.OPENED);
        assertThat(hall.heldCases(BACK_OFFICE)).extracting(CaseView::id).containsExactly(next.id());
    }

    @Test
    void casesSurviveARestartThroughTheJournalAndTheDatabase() throws Exception {
        String ready;
        String waiting;
        String key;
        try (JournaledStore store = JournaledStore.open(data)) {
            login();
            atWindow3();
            CaseView a = hall.finish("3", new Finish(Outcome.ACCEPTED, LocalDate.parse("2026-10-12"))).caseView();
            atWindow3();
            CaseView b = hall.finish("3", new Finish(Outcome.ACCEPTED, null, null, null, List.of("营业执照副本"),
                    LocalDate.parse("2026-10-09"))).caseView();
            hall.caseReady(BACK_OFFICE, a.id());
            store.commit(hall.takeEffects(), List.of(), hall.seq(), null);
            ready = a.id();
            key = a.key();
            waiting = b.id();
            hall.caseReturned(BACK_OFFICE, b.id(), "材料不全");
            hall.caseMailed(BACK_OFFICE, b.id(), "EMS0001");
            store.commit(hall.takeEffects(), List.of(), hall.seq(), null);
        }
        try (JournaledStore store = JournaledStore.open(data)) {
            HallQueue again = new HallQueue(casesHall(), clock, Halls.hasher(), store.load(LocalDate.parse("2026-09-29")));
            assertThat(again.heldCases(BACK_OFFICE)).extracting(CaseView::id).containsExactly(ready);
            assertThat(again.issue("kiosk-1", null, false, null, key).caseId()).as("found by its key again")
                    .isEqualTo(ready);
            store.commit(again.takeEffects(), List.of(), again.seq(), null);
            CaseRecord mailed = store.database().caseById(waiting).orElseThrow();
            assertThat(mailed.state()).isEqualTo(CaseState.MAILED);
            assertThat(mailed.tracking()).isEqualTo("EMS0001");
            assertThat(mailed.reason()).isEqualTo("材料不全");
            assertThat(mailed.waived()).containsExactly("营业执照副本");
            assertThat(mailed.waivedDue()).isEqualTo(LocalDate.parse("2026-10-09"));
            assertThat(store.database().cases(null, null, null)).hasSize(2);
            assertThat(store.database().cases(null, null, "ready")).extracting(CaseRecord::id).containsExactly(ready);
            assertThat(store.database().tickets(LocalDate.parse("2026-09-29"), LocalDate.parse("2026-09-29")))
                    .filteredOn(t -> t.caseId() != null).hasSize(1);
        }
    }

    @Test
    void aJournalRecordKeepsItsCases() throws Exception {
        login();
        atWindow3();
        hall.finish("3", new Finish(Outcome.INCOMPLETE, null, null, List.of("户口簿", "身份证"), null, null));
        JournalEntry e = JournalEntry.of(hall.takeEffects(), List.of(), hall.seq(), null);
        JournalEntry back = JournalEntry.fromBytes(e.toBytes());
        assertThat(back.cases()).isEqualTo(e.cases()).hasSize(1);
        assertThat(back.cases().get(0).missing()).containsExactly("户口簿", "身份证");
        // a record written before cases has none
        assertThat(JournalEntry.fromBytes("{\"batch\":1,\"seq\":2}".getBytes()).cases()).isEmpty();
    }
}
