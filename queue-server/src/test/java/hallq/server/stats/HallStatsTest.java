package hallq.server.stats;

import hallq.protocol.stats.StatsReport;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import hallq.protocol.Outcome;
import hallq.protocol.hall.HallConfig;
import hallq.server.queue.Effects;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.PauseRecord;
import hallq.server.queue.RestoredHall;
import hallq.server.queue.TicketRecord;
import hallq.testkit.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A scripted day with known waits, service times, ratings and outcomes, and the exact figures it must give. */
class HallStatsTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");
    private final HallConfig config = Halls.test();
    private ManualClock clock;
    private HallQueue hall;
    private final Map<String, TicketRecord> tickets = new LinkedHashMap<>();
    private final List<PauseRecord> pauses = new ArrayList<>();

    private void at(String hhmmss) {
        clock.set(LocalDateTime.parse(DAY + "T" + hhmmss).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private void collect() {
        Effects e = hall.takeEffects();
        e.ticketRecords().forEach(t -> tickets.put(t.number(), t));
        pauses.addAll(e.pauses());
    }

    @BeforeEach
    void scriptedDay() {
        clock = ManualClock.shanghai(DAY + "T08:00:00");
        hall = new HallQueue(config, clock, Halls.hasher(), RestoredHall.EMPTY);
        hall.login("1", "1001", "4821");
        hall.login("2", "1002", "7315");
        at("09:00:00"); hall.issue("kiosk-1", "legal", false, null);    // A001
        at("09:01:00"); hall.issue("kiosk-1", "legal", false, null);    // A002
        at("09:02:00"); hall.issue("kiosk-1", "natural", false, null);  // B001
        at("09:03:00"); hall.issue("kiosk-1", "legal", true, null);     // VA001
        at("09:05:00"); hall.callNext("1");                             // VA001 waited 120
        at("09:06:00"); hall.start("1");
        at("09:10:00"); hall.callNext("2");                             // B001 waited 480
        at("09:16:00"); hall.finish("1", Outcome.DONE, null);           // served 600
        hall.rate("1", "VA001", 5);
        at("09:17:00"); hall.callNext("1");                             // A001 waited 1020
        at("09:19:00"); hall.noShow("1");
        hall.callNext("1");                                             // A002 waited 1080
        at("09:20:00"); hall.finish("2", Outcome.ACCEPTED, LocalDate.parse("2026-11-30")); // never started: 600
        hall.rate("2", "B001", 2);
        hall.start("1");
        at("09:35:00"); hall.finish("1", Outcome.INCOMPLETE, null);     // served 900
        hall.rate("1", "A002", 4);
        at("10:00:00"); hall.issue("kiosk-1", "legal", false, null);    // A003
        at("10:00:30"); hall.callNext("1");                             // waited 30
        at("10:01:00"); hall.start("1");
        at("10:03:00"); hall.finish("1", Outcome.REJECTED, null);       // served 120, never rated
        at("10:05:00"); hall.issue("kiosk-1", "natural", false, null);  // B002
        at("10:06:00"); hall.pause("2", "meeting");
        at("10:16:00"); hall.resume("2");                               // paused 600
        hall.callNext("2");                                             // B002 waited 660
        at("10:17:00"); hall.transfer("2", "legal");
        at("10:18:00"); hall.callNext("1");                             // transferred first
        hall.start("1");
        at("10:20:00"); hall.finish("1", Outcome.CONSULT, null);        // served 120
        hall.rate("1", "B002", 1);
        collect();
    }

    private StatsReport stats() {
        return HallStats.compute(config, DAY, DAY, List.copyOf(tickets.values()), pauses);
    }

    @Test
    void totals() {
        assertThat(stats().totals()).isEqualTo(new StatsReport.Totals(6, 5, 1, 1, 565.0, 1080, 468.0));
    }

    @Test
    void zones() {
        assertThat(stats().zones()).containsExactly(
                new StatsReport.ZoneStats("legal", "法人服务区", 4, 4, 562.5, 1080, 1080, 1, 0),
                new StatsReport.ZoneStats("natural", "自然人服务区", 2, 1, 570.0, 660, 660, 0, 1),
                new StatsReport.ZoneStats("estate", "不动产服务区", 0, 0, null, null, null, 0, 0));
    }

    @Test
    void countersWithPausedTime() {
        assertThat(stats().counters()).containsExactly(
                new StatsReport.CounterStats("1", "1号窗口", 4, 435.0, 0, 1, levels(1, 0, 0, 1, 1), 0.6667),
                new StatsReport.CounterStats("2", "2号窗口", 1, 600.0, 600, 0, levels(0, 1, 0, 0, 0), 0.0),
                new StatsReport.CounterStats("3", "3号窗口", 0, null, 0, 0, levels(0, 0, 0, 0, 0), null),
                new StatsReport.CounterStats("4", "4号窗口", 0, null, 0, 0, levels(0, 0, 0, 0, 0), null));
    }

    @Test
    void clerksWithTheirRatings() {
        List<StatsReport.ClerkStats> clerks = stats().clerks();
        assertThat(clerks.get(0)).isEqualTo(new StatsReport.ClerkStats("1001", "张三", 4, 435.0,
                Map.of("1", 1, "2", 0, "3", 0, "4", 1, "5", 1), 0.6667));
        assertThat(clerks.get(1)).isEqualTo(new StatsReport.ClerkStats("1002", "李四", 1, 600.0,
                Map.of("1", 0, "2", 1, "3", 0, "4", 0, "5", 0), 0.0));
    }

    private static Map<String, Integer> levels(int... counts) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            m.put(Integer.toString(i + 1), counts[i]);
        }
        return m;
    }

    @Test
    void everyDayOfThePeriodEvenWithoutTickets() {
        StatsReport r = HallStats.compute(config, DAY.minusDays(1), DAY, List.copyOf(tickets.values()), pauses);
        assertThat(r.days()).containsExactly(
                new StatsReport.DayStats("2026-11-22", 0, 0, 0, null, null, null),
                new StatsReport.DayStats("2026-11-23", 6, 5, 1, 565.0, 468.0, 0.5));
    }

    @Test
    void badRatingsWithTicketWindowClerkAndTime() {
        assertThat(stats().badRatings()).containsExactly(
                new StatsReport.BadRating("2026-11-23/B001", "2026-11-23", "B001", "natural", "2", "2号窗口", "1002", "李四",
                        2, "2026-11-23T09:20:00.000+08:00", "accepted"),
                new StatsReport.BadRating("2026-11-23/B002", "2026-11-23", "B002", "legal", "1", "1号窗口", "1001", "张三",
                        1, "2026-11-23T10:20:00.000+08:00", "consult"));
    }

    @Test
    void hours() {
        assertThat(stats().hours()).containsExactly(
                new StatsReport.HourStats("09", 4, 3, 675.0),
                new StatsReport.HourStats("10", 2, 2, 345.0));
    }

    @Test
    void ratingsSatisfactionAndOutcomes() {
        StatsReport r = stats();
        assertThat(r.ratings()).containsExactly(Map.entry("1", 1), Map.entry("2", 1), Map.entry("3", 0),
                Map.entry("4", 1), Map.entry("5", 1), Map.entry("unrated", 1), Map.entry("satisfaction", 0.5));
        assertThat(r.outcomes()).containsExactly(Map.entry("done", 1), Map.entry("accepted", 1),
                Map.entry("incomplete", 1), Map.entry("rejected", 1), Map.entry("consult", 1));
    }

    @Test
    void aPeriodWithoutTheDayCountsNothingAndPausesAreClippedToThePeriod() {
        StatsReport next = HallStats.compute(config, DAY.plusDays(1), DAY.plusDays(1), List.of(),
                List.of(new PauseRecord("1", Instant.parse("2026-11-23T15:50:00Z"), Instant.parse("2026-11-23T16:10:00Z"), null)));
        assertThat(next.totals()).isEqualTo(new StatsReport.Totals(0, 0, 0, 0, null, null, null));
        assertThat(next.counters().get(0).pausedSec()).isEqualTo(600); // only the part after midnight in Shanghai
        assertThat(next.ratings().get("satisfaction")).isNull();
    }

    @Test
    void csvHasOneRowPerTicketWithTheContractsColumns() throws Exception {
        String csv = TicketCsv.write(config, List.copyOf(tickets.values()));
        assertThat(csv).startsWith("\uFEFFday,number,zone,green,issuedAt,calledAt,startedAt,finishedAt,waitSec,"
                + "serviceSec,counter,clerk,outcome,rating,state");
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.substring(1))) {
            List<Map<String, String>> rows = it.readAll();
            assertThat(rows).hasSize(6);
            Map<String, String> a002 = rows.stream().filter(r -> r.get("number").equals("A002")).findFirst().orElseThrow();
            assertThat(a002).containsEntry("waitSec", "1080").containsEntry("serviceSec", "900")
                    .containsEntry("outcome", "incomplete").containsEntry("rating", "4").containsEntry("clerk", "1001")
                    .containsEntry("issuedAt", "2026-11-23T09:01:00.000+08:00").containsEntry("zoneName", "法人服务区");
            Map<String, String> a001 = rows.stream().filter(r -> r.get("number").equals("A001")).findFirst().orElseThrow();
            assertThat(a001).containsEntry("state", "no_show").containsEntry("serviceSec", "");
        }
    }
}
