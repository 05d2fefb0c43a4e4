package hallq.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.Outcome;
import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Role;
import hallq.protocol.stats.Appraisal;
import hallq.protocol.stats.Appraisal.ClerkAppraisal;
import hallq.protocol.stats.Appraisal.Rank;
import hallq.protocol.stats.Appraisal.WindowAppraisal;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.server.rating.RectifyRecord;
import hallq.server.store.JournaledStore;
import hallq.testkit.ManualClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rating (issue 20): the 月度考评 of a scripted October 2026, through the queue rules and a real journal and database
 * (logins, pauses, ratings and work items as the hall writes them), every figure derived by hand in a comment. The
 * hall is open 09:00–12:00 and 13:00–17:00 (420 minutes a day); 国庆 leaves 18 working days (10-08, 10-09, Saturday
 * 10-10, and the three full weeks from 10-12), so a window is open 7,560 minutes in the month.
 */
class MonthlyAppraisalTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final Device MANAGER = new Device("office", Role.MANAGER, null, null, null);
    static final HallConfig HALL = Halls.parse(Halls.testYaml()
            .replace("timezone: Asia/Shanghai", "timezone: Asia/Shanghai\n  hours: [\"09:00-12:00\", \"13:00-17:00\"]")
            + "calendar:\n  holidays: [\"2026-10-01..2026-10-07\"]\n  workdays: [\"2026-10-10\"]\n");

    @TempDir
    Path data;
    private final ManualClock clock = ManualClock.shanghai("2026-10-08T08:50:00");
    private HallQueue hall;
    private JournaledStore store;
    private Appraisal month;

    private void at(String dayTime) {
        clock.set(ManualClock.shanghai(dayTime).instant());
        hall.rollOverIfDue();
    }

    private void commit() throws Exception {
        store.commit(hall.takeEffects(), List.of(), hall.seq(), null);
    }

    /** A ticket of {@code zone} issued at {@code issued}, called at {@code called}, finished and rated. */
    private String serve(String counter, String zone, String day, String issued, String called, String finished,
                         int level, List<String> reasons) {
        at(day + "T" + issued);
        hall.issue("kiosk-1", zone, false, null);
        at(day + "T" + called);
        String n = hall.callNext(counter).number();
        at(day + "T" + finished);
        hall.finish(counter, Outcome.DONE, null);
        hall.rate(counter, n, level, reasons, null);
        return n;
    }

    @BeforeEach
    void scriptedMonth() throws Exception {
        store = JournaledStore.open(data);
        hall = new HallQueue(HALL, clock, Halls.hasher(), RestoredHall.EMPTY);
        // Thu 10-08
        at("2026-10-08T08:55:00");
        hall.login("1", "1001", "4821");                                   // in time
        at("2026-10-08T09:00:00");
        hall.issue("kiosk-1", "legal", false, null);                      // A001
        at("2026-10-08T09:05:00");
        hall.callNext("1");
        at("2026-10-08T09:10:00");
        hall.login("2", "1002", "7315");                                   // late
        at("2026-10-08T09:15:00");
        hall.finish("1", Outcome.DONE, null);                              // A001 600 s
        hall.rate("1", "A001", 5);
        String a2 = serve("1", "legal", "2026-10-08", "09:20:00", "09:25:00", "09:45:00", 2,
                List.of("wait"));                                                               // A002 1200 s, 差评
        at("2026-10-08T09:50:00");
        String b1 = hall.issue("kiosk-1", "natural", false, null).number(); // B001
        at("2026-10-08T10:00:00");
        hall.callNext("2");
        hall.pause("1", "会议");
        at("2026-10-08T10:20:00");
        hall.finish("2", Outcome.DONE, null);                              // B001 1200 s
        hall.rate("2", b1, 1);
        at("2026-10-08T10:30:00");
        hall.resume("1");                                                  // 1,800 s 会议
        serve("1", "legal", "2026-10-08", "11:00:00", "11:05:00", "11:15:00", 4, null);       // A003 600 s
        hall.ratingStep(MANAGER, "2026-10-08/" + b1, "appealed", "误按", null);
        hall.ratingStep(MANAGER, "2026-10-08/" + b1, "upheld", "复核通过", null);
        hall.ratingStep(MANAGER, "2026-10-08/" + a2, "rectifying", "核实属实", null);
        at("2026-10-08T16:30:00");
        hall.logout("1");                                                  // early
        at("2026-10-08T17:05:00");
        hall.logout("2");
        commit();
        // Fri 10-09
        at("2026-10-09T09:00:30");
        hall.login("1", "1001", "4821");                                   // 09:00 to the minute: in time
        serve("1", "legal", "2026-10-09", "09:10:00", "09:20:00", "09:30:00", 5, null);       // A001 600 s
        hall.ratingStep(MANAGER, "2026-10-08/" + a2, "rectified", "已整改", null);           // due 10-29: in time
        at("2026-10-09T13:00:00");
        hall.login("3", "1003", "2648");                                   // late (first login 13:00)
        serve("3", "natural", "2026-10-09", "13:05:00", "13:10:00", "13:20:00", 5, null);     // B001 600 s
        at("2026-10-09T14:00:00");
        hall.logout("3");                                                  // early
        at("2026-10-09T17:00:00");
        hall.logout("1");
        commit();

        LocalDate from = OCTOBER.atDay(1);
        LocalDate to = OCTOBER.atEndOfMonth();
        Instant start = from.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        List<RectifyRecord> items = store.database().ratingItems(from, to);
        month = MonthlyAppraisal.of(HALL, OCTOBER, WorkingDays.of(HALL.calendar()),
                RectifyFigures.withoutUpheld(store.database().tickets(from, to), items),
                store.database().pauses(start, end), store.database().sessions(start, end), items);
        store.close();
    }

    private WindowAppraisal window(String id) {
        return month.windows().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    private ClerkAppraisal clerk(String id) {
        return month.clerks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theMonthsWorkingDaysAndHours() {
        assertThat(month.workingDays()).isEqualTo(18);
        assertThat(month.openMinPerDay()).isEqualTo(420);
        assertThat(month.weights()).isEqualTo(new Appraisal.Weights(40, 20, 20, 20));
    }

    @Test
    void eachWindowsFigures() {
        // window 1: A001, A002, A003 (10-08), A001 (10-09); service (600 + 1200 + 600 + 600) / 4 = 750 s; ratings
        // 5, 2, 4, 5: 3 of 4 satisfied; one 差评, rectified in time; paused 1,800 s in 会议; staffed 10-08
        // 09:00–12:00 + 13:00–16:30 = 390 min, 10-09 from 09:00:30 419.5 min: 809.5, whole minutes 809, of
        // 7,560 = 0.1070
        assertThat(window("1")).isEqualTo(new WindowAppraisal("1", "1号窗口", 4, 750.0, 0.75, 1, 1.0, 1.0, 1800,
                Map.of("会议", 1800L), 809, 7560, 0.107,
                72.1)); // (40 × 75 + 20 × 100 + 20 × 100 + 20 × 10.70) / 100 = 72.14
        // window 2: B001 1,200 s, rated 1 but the appeal upheld: no satisfaction, no 差评; staffed 09:10–12:00 +
        // 13:00–17:00 = 410 min = 0.0542 of 7,560; its one item upheld, so no 整改率
        assertThat(window("2")).isEqualTo(new WindowAppraisal("2", "2号窗口", 1, 1200.0, null, 0, null, null, 0,
                Map.of(), 410, 7560, 0.0542,
                43.5)); // satisfaction drops out: (20 × 25 + 20 × 100 + 20 × 5.42) / 60 = 43.473
        // window 3: B001 of 10-09, 600 s, rated 5; staffed 13:00–14:00 = 60 min = 0.0079
        assertThat(window("3")).isEqualTo(new WindowAppraisal("3", "3号窗口", 1, 600.0, 1.0, 0, null, null, 0,
                Map.of(), 60, 7560, 0.0079,
                65.2)); // (40 × 100 + 20 × 25 + 20 × 100 + 20 × 0.79) / 100 = 65.158
        assertThat(window("4").served()).isZero();
        assertThat(window("4").score()).as("nothing served: no score").isNull();
    }

    @Test
    void eachClerksFiguresWithAttendance() {
        // 张三: two days; 10-08 in at 08:55 (in time), out at 16:30 (early); 10-09 in at 09:00:30 (in time, to the
        // minute), out at 17:00; 390 + 419.5 minutes, 809 whole; window 1's 会议 while logged in there
        assertThat(clerk("1001")).isEqualTo(new ClerkAppraisal("1001", "张三", 4, 750.0, 0.75, 1, 1.0, 1.0, 1800,
                Map.of("会议", 1800L), 809, 2, 0, 1));
        // 李四: in at 09:10 (late), out at 17:05; 410 minutes
        assertThat(clerk("1002")).isEqualTo(new ClerkAppraisal("1002", "李四", 1, 1200.0, null, 0, null, null, 0,
                Map.of(), 410, 1, 1, 0));
        // 王五: 13:00 (late), 14:00 (early); 60 minutes
        assertThat(clerk("1003")).isEqualTo(new ClerkAppraisal("1003", "王五", 1, 600.0, 1.0, 0, null, null, 0,
                Map.of(), 60, 1, 1, 1));
        assertThat(clerk("1004").daysPresent()).isZero();
    }

    @Test
    void theRankingsBySatisfactionAndByTheWeightedScoreDiffer() {
        assertThat(month.bySatisfaction()).containsExactly(new Rank(1, "3", "3号窗口", 1.0),
                new Rank(2, "1", "1号窗口", 0.75), new Rank(3, "2", "2号窗口", null));
        assertThat(month.byScore()).containsExactly(new Rank(1, "1", "1号窗口", 72.1),
                new Rank(2, "3", "3号窗口", 65.2), new Rank(3, "2", "2号窗口", 43.5));
    }

    @Test
    void theCsvHasARowPerWindowAndClerkWithTheirRanks() {
        String[] lines = AppraisalCsv.write(month).split("\n");
        assertThat(lines[0]).startsWith("\uFEFFmonth,kind,id,name,rankSatisfaction,rankScore,score,served");
        assertThat(lines).hasSize(1 + 4 + 4);
        assertThat(lines[1]).startsWith("2026-10,window,1,1号窗口,2,1,72.1,4,750.0,0.75,1,1.0,1.0,1800,\"会议 1800\",809,");
        assertThat(lines[5]).startsWith("2026-10,clerk,1001,张三,,,,4,");
        assertThat(lines[5]).endsWith(",2,0,1");
    }
}
