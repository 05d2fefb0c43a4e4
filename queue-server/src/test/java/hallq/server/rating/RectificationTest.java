package hallq.server.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.ErrorCode;
import hallq.protocol.Outcome;
import hallq.protocol.RectifyItem;
import hallq.protocol.RectifyState;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Role;
import hallq.protocol.stats.StatsReport;
import hallq.protocol.stats.StatsReport.RectifyStats;
import hallq.server.queue.Effects;
import hallq.server.queue.HallException;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.server.queue.TicketRecord;
import hallq.server.stats.HallStats;
import hallq.server.stats.RectifyFigures;
import hallq.server.store.JournaledStore;
import hallq.testkit.ManualClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 差评 closed loop (issue 20) through the queue rules, over a hand-moved clock and the 2026 国庆 calendar
 * (holidays 10-01..10-07, Saturday 10-10 worked): the items, their order of steps, deadlines, overdue marks, the
 * refusals, an upheld appeal leaving the window's satisfaction, the figures and a restart.
 */
class RectificationTest {
    private static final ZoneId TZ = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.parse("2026-09-29"); // a Tuesday
    private static final Device MANAGER = new Device("office", Role.MANAGER, null, null, null);

    /** The test hall with 5 working days to rectify and the 国庆 holidays. */
    static HallConfig loopHall() {
        return Halls.parse(Halls.testYaml().replace("kioskRate: 1000", "kioskRate: 1000\n  rectifyDays: 5")
                + "calendar:\n  holidays: [\"2026-10-01..2026-10-07\"]\n  workdays: [\"2026-10-10\"]\n");
    }

    private final ManualClock clock = ManualClock.shanghai(DAY + "T09:00:00");
    private HallQueue hall = new HallQueue(loopHall(), clock, Halls.hasher(), RestoredHall.EMPTY);
    private final Map<String, TicketRecord> tickets = new LinkedHashMap<>();
    private final List<RectifyRecord> items = new ArrayList<>();

    @TempDir
    Path data;

    private void on(String dayAndTime) {
        clock.set(LocalDateTime.parse(dayAndTime).atZone(TZ).toInstant());
    }

    private void collect() {
        Effects e = hall.takeEffects();
        e.ticketRecords().forEach(t -> tickets.put(t.number(), t));
        for (RectifyRecord r : e.ratingItemRecords()) {
            items.removeIf(x -> x.id().equals(r.id()));
            items.add(r);
        }
    }

    /** Window {@code counter} serves the next of {@code zone} and the citizen rates {@code level}. */
    private String servedAndRated(String counter, String zone, int level) {
        hall.issue("kiosk-1", zone, false, null);
        clock.advanceSeconds(30);
        String n = hall.callNext(counter).number();
        clock.advanceSeconds(60);
        hall.finish(counter, Outcome.DONE, null);
        hall.rate(counter, n, level);
        return n;
    }

    private RectifyItem step(String id, String to, String note) {
        return hall.ratingStep(MANAGER, id, to, note, null);
    }

    @Test
    void aBadRatingOpensAnItemDueInWorkingDaysAndAGoodOneNone() {
        hall.login("1", "1001", "4821");
        String bad = servedAndRated("1", "legal", 2);
        servedAndRated("1", "legal", 4);
        List<RectifyItem> list = hall.ratingItems();
        assertThat(list).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(DAY + "/" + bad);
            assertThat(i.state()).isEqualTo(RectifyState.PENDING);
            // 5 working days after Tue 09-29: 09-30, 10-08, 10-09, Sat 10-10 (调休), Mon 10-12 (weekdays only: 10-06)
            assertThat(i.dueDate()).isEqualTo("2026-10-12");
            assertThat(i.responsible()).as("the clerk who served, by name, until a manager says").isEqualTo("张三");
            assertThat(i.counterName()).isEqualTo("1号窗口");
            assertThat(i.overdue()).isFalse();
        });
        collect();
        assertThat(items).extracting(RectifyRecord::state).containsExactly(RectifyState.PENDING);
    }

    @Test
    void anItemGoesThroughItsStepsInOrderWithANoteEachAndOutOfOrderChangesNothing() {
        hall.login("1", "1001", "4821");
        String id = DAY + "/" + servedAndRated("1", "legal", 1);
        collect();
        assertThatThrownBy(() -> step(id, "rectified", "已整改")).isInstanceOf(HallException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT)
                .hasFieldOrPropertyWithValue("reason", "ITEM_STATE")
                .hasMessageContaining("may go to rectifying, appealed");
        assertThatThrownBy(() -> step(id, "rectifying", "  ")).hasFieldOrPropertyWithValue("reason", "NOTE_REQUIRED");
        assertThatThrownBy(() -> step(id, "fixed", "x")).hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST)
                .hasFieldOrPropertyWithValue("reason", "ITEM_STATE").hasMessageNotContaining("fixed");
        assertThatThrownBy(() -> step(DAY + "/Z999", "rectifying", "x"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.NOT_FOUND);
        assertThat(hall.takeEffects().isEmpty()).as("refusals change nothing").isTrue();

        on("2026-09-30T10:00:00");
        RectifyItem r1 = hall.ratingStep(MANAGER, id, "rectifying", "核实属实：等候时间过长", "窗口负责人王五");
        on("2026-10-09T16:00:00");
        step(id, "rectified", "增开窗口，已整改");
        on("2026-10-12T11:00:00");
        RectifyItem done = step(id, "visited", "电话回访，群众表示满意");
        assertThat(r1.responsible()).isEqualTo("窗口负责人王五");
        assertThat(done.state()).isEqualTo(RectifyState.VISITED);
        assertThat(done.steps()).extracting(RectifyItem.Step::state)
                .containsExactly(RectifyState.RECTIFYING, RectifyState.RECTIFIED, RectifyState.VISITED);
        assertThat(done.steps().get(2).note()).isEqualTo("电话回访，群众表示满意");
        assertThat(done.steps().get(2).by()).isEqualTo("office");
        assertThat(done.steps().get(2).at()).isEqualTo("2026-10-12T11:00:00.000+08:00");
        assertThatThrownBy(() -> step(id, "rectifying", "again")).hasMessageContaining("it is closed");
    }

    @Test
    void anItemPastItsDueDateIsOverdueUntilRectified() {
        hall.login("1", "1001", "4821");
        String id = DAY + "/" + servedAndRated("1", "legal", 2);
        step(id, "rectifying", "核实属实");
        on("2026-10-12T17:00:00");
        assertThat(hall.ratingItems().get(0).overdue()).as("the due day itself is in time").isFalse();
        on("2026-10-13T09:00:00");
        assertThat(hall.ratingItems().get(0).overdue()).isTrue();
        step(id, "rectified", "已整改（逾期）");
        assertThat(hall.ratingItems().get(0).overdue()).isFalse();
    }

    @Test
    void anAppealNeedsItsReasonAndUpheldItLeavesTheWindowsSatisfaction() {
        hall.login("1", "1001", "4821");
        hall.login("2", "1002", "7315");
        String a = servedAndRated("1", "legal", 1);    // appealed, upheld
        String b = servedAndRated("1", "legal", 5);
        String c = servedAndRated("2", "natural", 2);  // appealed, rejected, then rectified late, visited
        String d = servedAndRated("2", "natural", 2);  // rectified in time, not visited
        String e = servedAndRated("2", "natural", 1);  // still pending
        String ia = DAY + "/" + a;
        String ic = DAY + "/" + c;
        assertThatThrownBy(() -> step(ia, "appealed", "")).hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST)
                .hasFieldOrPropertyWithValue("reason", "APPEAL_REASON");
        step(ia, "appealed", "群众误按评价键，监控可证");
        assertThatThrownBy(() -> step(ia, "rectifying", "x")).as("an appeal is reviewed first")
                .hasFieldOrPropertyWithValue("reason", "ITEM_STATE");
        step(ia, "upheld", "复核通过");
        step(ic, "appealed", "群众所述与事实不符");
        step(ic, "rejected", "驳回：确有等候过长");
        step(ic, "rectifying", "整改中");
        step(DAY + "/" + d, "rectifying", "核实属实");
        on("2026-10-09T10:00:00");
        step(DAY + "/" + d, "rectified", "已整改");           // due 10-12: in time
        on("2026-10-13T10:00:00");
        step(ic, "rectified", "已整改");                       // a day late
        step(ic, "visited", "已回访");
        collect();

        LocalDate to = LocalDate.parse("2026-10-13");
        List<TicketRecord> rows = List.copyOf(tickets.values());
        StatsReport before = HallStats.compute(loopHall(), DAY, to, rows, List.of());
        StatsReport after = HallStats.compute(loopHall(), DAY, to, RectifyFigures.withoutUpheld(rows, items),
                List.of());
        // window 1: a (1) and b (5): satisfaction 1 of 2; without the upheld a, 1 of 1
        assertThat(before.counters().get(0).satisfaction()).isEqualTo(0.5);
        assertThat(after.counters().get(0).satisfaction()).isEqualTo(1.0);
        assertThat(after.counters().get(0).ratings()).containsEntry("1", 0).containsEntry("5", 1);
        assertThat(after.badRatings()).extracting(StatsReport.BadRating::number).containsExactly(c, d, e);
        // window 2 untouched: c, d, e all bad
        assertThat(after.counters().get(1).satisfaction()).isEqualTo(0.0);

        // of the five ratings a, c, d, e are bad, so items; a was upheld, so 3 count.
        // rectified: c, d (2 of 3 = 0.6667); on time: d only (1 of 3 = 0.3333); visited: c (0.3333)
        assertThat(RectifyFigures.all(items, TZ))
                .isEqualTo(new RectifyStats(null, null, 4, 1, 2, 1, 1, 0.6667, 0.3333, 0.3333));
        assertThat(RectifyFigures.byCounter(loopHall(), items, TZ)).containsExactly(
                new RectifyStats("1", "1号窗口", 1, 1, 0, 0, 0, null, null, null),   // only the upheld one
                new RectifyStats("2", "2号窗口", 3, 0, 2, 1, 1, 0.6667, 0.3333, 0.3333));
        assertThat(RectifyFigures.byClerk(loopHall(), items, TZ)).extracting(RectifyStats::name)
                .containsExactly("张三", "李四");
    }

    @Test
    void itemsSurviveARestartThroughTheJournalAndTheDatabase() throws Exception {
        String id;
        try (JournaledStore store = JournaledStore.open(data)) {
            hall.login("1", "1001", "4821");
            id = DAY + "/" + servedAndRated("1", "legal", 2);
            store.commit(hall.takeEffects(), List.of(), hall.seq(), null);
            step(id, "rectifying", "核实属实");
            store.commit(hall.takeEffects(), List.of(), hall.seq(), null);
        }
        try (JournaledStore store = JournaledStore.open(data)) {
            HallQueue again = new HallQueue(loopHall(), clock, Halls.hasher(), store.load(DAY));
            assertThat(again.ratingItems()).singleElement().satisfies(i -> {
                assertThat(i.state()).isEqualTo(RectifyState.RECTIFYING);
                assertThat(i.steps()).extracting(RectifyItem.Step::note).containsExactly("核实属实");
            });
            again.ratingStep(MANAGER, id, "rectified", "已整改", null);
            store.commit(again.takeEffects(), List.of(), again.seq(), null);
            assertThat(store.database().ratingItems(DAY, DAY)).singleElement()
                    .satisfies(r -> assertThat(r.state()).isEqualTo(RectifyState.RECTIFIED));
        }
    }
}
