package hallq.server.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.CaseState;
import hallq.protocol.CaseView;
import hallq.protocol.ErrorCode;
import hallq.protocol.Outcome;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.Role;
import hallq.protocol.matters.MatterCatalogue;
import hallq.protocol.message.Replies.CaseCall;
import hallq.protocol.message.Requests.Finish;
import hallq.server.queue.HallException;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.server.store.JournaledStore;
import hallq.testkit.ManualClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Telling the citizen (cases2, issue 18): the phone given at the window, the 办结/退件 texts due, the pickup window's
 * 待通知 list and its calls marked done, on disk.
 */
class HallCaseCallsTest {
    private static final Device BACK_OFFICE = new Device("bo", Role.BACKOFFICE, null, null, null);
    private final ManualClock clock = ManualClock.shanghai("2026-09-29T09:00:00");
    private HallQueue hall = new HallQueue(HallCasesTest.casesHall(), clock, Halls.hasher(), RestoredHall.EMPTY);

    @TempDir
    Path data;

    private CaseView accepted() {
        hall.login("3", "1003", "2648");
        hall.issue("kiosk-1", "legal", false, null);
        clock.advanceSeconds(5);
        hall.callNext("3");
        clock.advanceSeconds(60);
        return hall.finish("3", new Finish(Outcome.ACCEPTED, LocalDate.parse("2026-10-12"))).caseView();
    }

    @Test
    void thePhoneIsGivenOnlyByTheWindowThatOpenedTheCaseAndMustBeAMobileNumber() {
        CaseView c = accepted();
        hall.takeEffects();
        assertThatThrownBy(() -> hall.casePhone("3", c.id(), "12345"))
                .isInstanceOfSatisfying(HallException.class, x -> assertThat(x.reason()).isEqualTo("PHONE"));
        assertThatThrownBy(() -> hall.casePhone("4", c.id(), "13812345678"))
                .isInstanceOfSatisfying(HallException.class, x -> assertThat(x.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(hall.takeEffects().isEmpty()).as("refusals change nothing").isTrue();
        hall.casePhone("3", c.id(), "13812345678");
        assertThat(hall.takeEffects().caseRecords()).extracting(CaseRecord::phone).containsExactly("13812345678");
    }

    @Test
    void aReadyCaseIsOnTheCallListUntilItsCallIsMarkedAndItsTextIsDueOnce() {
        CaseView c = accepted();
        hall.casePhone("3", c.id(), "13812345678");
        assertThat(hall.caseCalls()).as("nothing ready yet").isEmpty();
        hall.caseReady(BACK_OFFICE, c.id());
        List<CaseCall> calls = hall.caseCalls();
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.caseView().id()).isEqualTo(c.id());
            assertThat(call.caseView().key()).as("no key in the list").isNull();
            assertThat(call.phone()).isEqualTo("13812345678");
        });
        CaseNotices notices = new CaseNotices("示范大厅", MatterCatalogue.EMPTY);
        assertThat(notices.due(hall.casesWithPhones())).singleElement().satisfies(m -> {
            assertThat(m.phone()).isEqualTo("13812345678");
            assertThat(m.text()).isEqualTo("【示范大厅】您的办件" + c.id() + "（办件）已办结，请携带收件通知单到综合出件窗口领取。");
        });
        assertThat(notices.due(hall.casesWithPhones())).as("once").isEmpty();

        hall.takeEffects();
        assertThat(hall.caseNotified("4", c.id()).state()).isEqualTo(CaseState.READY);
        assertThat(hall.takeEffects().caseRecords()).singleElement()
                .satisfies(r -> assertThat(r.notifiedBy()).isEqualTo("4"));
        assertThat(hall.caseCalls()).isEmpty();
        assertThatThrownBy(() -> hall.caseNotified("4", c.id()))
                .isInstanceOfSatisfying(HallException.class, x -> assertThat(x.reason()).isEqualTo("NOTIFIED"));
        assertThat(hall.takeEffects().isEmpty()).isTrue();
    }

    @Test
    void onlyAReadyOrReturnedCaseIsToldAndACollectedOneForgetsItsPhone() {
        CaseView c = accepted();
        hall.casePhone("3", c.id(), "13812345678");
        assertThatThrownBy(() -> hall.caseNotified("4", c.id()))
                .isInstanceOfSatisfying(HallException.class, x -> assertThat(x.reason()).isEqualTo("CASE_STATE"));
        assertThatThrownBy(() -> hall.caseNotified("4", "20260929-X999"))
                .isInstanceOfSatisfying(HallException.class, x -> assertThat(x.reason()).isEqualTo("UNKNOWN_CASE"));
        hall.caseReturned(BACK_OFFICE, c.id(), "材料不符合要求");
        assertThat(new CaseNotices("示范大厅", MatterCatalogue.EMPTY).due(hall.casesWithPhones()))
                .singleElement().satisfies(m -> assertThat(m.text()).contains("已退件：材料不符合要求"));
        hall.takeEffects();
        hall.caseMailed(BACK_OFFICE, c.id(), "EMS123");
        assertThat(hall.takeEffects().caseRecords()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(CaseState.MAILED);
            assertThat(r.phone()).as("forgotten once the case left the hall").isNull();
        });
    }

    @Test
    void thePhoneAndTheCallSurviveARestart() throws Exception {
        String id;
        try (JournaledStore store = JournaledStore.open(data)) {
            CaseView c = accepted();
            id = c.id();
            hall.casePhone("3", id, "13812345678");
            hall.caseReady(BACK_OFFICE, id);
            store.commit(hall.takeEffects(), List.of(), hall.seq(), null);
            hall.caseNotified("4", id);
            store.commit(hall.takeEffects(), List.of(), hall.seq(), null);
        }
        try (JournaledStore store = JournaledStore.open(data)) {
            hall = new HallQueue(HallCasesTest.casesHall(), clock, Halls.hasher(),
                    store.load(LocalDate.parse("2026-09-29")));
            assertThat(hall.caseCalls()).as("told before the restart").isEmpty();
            assertThat(hall.casesWithPhones()).extracting(CaseRecord::phone).containsExactly("13812345678");
            CaseRecord row = store.database().caseById(id).orElseThrow();
            assertThat(row.notifiedBy()).isEqualTo("4");
            assertThat(row.notifiedAt()).isNotNull();
        }
    }
}
