package hallq.server.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.ErrorCode;
import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.message.Requests.Finish;
import hallq.server.queue.HallException;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.testkit.ManualClock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A finish names a matter of the catalogue (issue 18): its promised working days make the due date. */
class HallMattersTest {
    static HallConfig mattersHall() {
        return Halls.parse(Halls.testYaml().replace("timezone: Asia/Shanghai",
                        "timezone: Asia/Shanghai\n  pickupZone: pickup")
                .replace("prefix: C, dailyCap: 5 }", "prefix: C, dailyCap: 5 }\n"
                        + "  - { id: pickup,  name: 综合出件,     nameEn: Pick-up,           prefix: F }")
                + "calendar:\n  holidays: [\"2026-10-01..2026-10-07\"]\n  workdays: [\"2026-10-10\"]\n"
                + "matters:\n"
                + "  - { code: FR004, name: 企业变更登记, zone: legal, kind: promised, promisedDays: 3,"
                + " materials: [申请书, 营业执照] }\n"
                + "  - { code: FR007, name: 个体工商户设立登记, zone: legal, kind: instant, materials: [申请书] }\n");
    }

    // Tuesday 2026-09-29, two days before the 国庆 week
    private final ManualClock clock = ManualClock.shanghai("2026-09-29T09:00:00");
    private final HallQueue hall = new HallQueue(mattersHall(), clock, Halls.hasher(), RestoredHall.EMPTY);

    private void atWindow3() {
        hall.login("3", "1003", "2648");
        hall.issue("kiosk-1", "legal", false, null);
        clock.advanceSeconds(5);
        hall.callNext("3");
        hall.start("3");
        clock.advanceSeconds(60);
    }

    @Test
    void aPromisedMattersDaysMakeTheDueDateOverTheHolidayWeek() {
        atWindow3();
        String due = hall.finish("3", new Finish(Outcome.ACCEPTED, null, "FR004", null, null, null))
                .caseView().dueDate();
        // 3 working days after Tue 09-29: Wed 09-30 (1), 10-01..07 国庆, Thu 10-08 (2), Fri 10-09 (3)
        assertThat(due).isEqualTo("2026-10-09");
    }

    @Test
    void theClerksDateWinsAndAnInstantMatterHasNoneOfItsOwn() {
        atWindow3();
        assertThat(hall.finish("3", new Finish(Outcome.ACCEPTED, LocalDate.parse("2026-10-12"), "FR004", null, null,
                null)).caseView().dueDate()).isEqualTo("2026-10-12");
        atWindow3();
        assertThat(hall.finish("3", new Finish(Outcome.ACCEPTED, null, "FR007", null, null, null))
                .caseView().dueDate()).isNull();
    }

    @Test
    void aCodeTheCatalogueDoesNotKnowIsRefusedAndChangesNothing() {
        atWindow3();
        hall.takeEffects();
        assertThatThrownBy(() -> hall.finish("3", new Finish(Outcome.ACCEPTED, null, "FR999", null, null, null)))
                .isInstanceOfSatisfying(HallException.class, x -> {
                    assertThat(x.code()).isEqualTo(ErrorCode.BAD_REQUEST);
                    assertThat(x.reason()).isEqualTo("UNKNOWN_MATTER");
                    assertThat(x.getMessage()).doesNotContain("FR999");
                });
        assertThat(hall.takeEffects().isEmpty()).isTrue();
        assertThat(hall.snapshot().counters().get(2).ticket().state()).isEqualTo(TicketState.SERVING);
    }
}
