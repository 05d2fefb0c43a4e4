package hallq.server.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.ErrorCode;
import hallq.protocol.GreenReason;
import hallq.protocol.Outcome;
import hallq.protocol.RatingReason;
import hallq.protocol.RatingView;
import hallq.protocol.TicketView;
import hallq.protocol.stats.StatsReport;
import hallq.server.queue.Effects;
import hallq.server.queue.HallException;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.server.queue.TicketRecord;
import hallq.server.stats.HallStats;
import hallq.testkit.ManualClock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import hallq.server.store.JournaledStore;

/**
 * Issue 20 through the queue rules over a hand-moved clock: why a ticket is green, a 1's or 2's reasons, one rating
 * per matter (一次一评、一事一评), every refusal changing nothing, and the figures they give.
 */
class RatingReasonsTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");
    private ManualClock clock;
    private HallQueue hall;
    private final Map<String, TicketRecord> written = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        clock = ManualClock.shanghai(DAY + "T09:00:00");
        hall = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY);
        hall.login("1", "1001", "4821");
    }

    /** A valid ID number for a birth date (yyyyMMdd), its check character by GB 11643. */
    static String idNumber(String birth, int seq) {
        String body = "110105" + birth + String.format("%03d", seq);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private void at(String hhmmss) {
        clock.set(java.time.LocalDateTime.parse(DAY + "T" + hhmmss).atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant());
    }

    private void collect() {
        Effects e = hall.takeEffects();
        e.ticketRecords().forEach(t -> written.put(t.number(), t));
    }

    private String serve() {
        clock.advanceSeconds(60);
        String n = hall.callNext("1").number();
        clock.advanceSeconds(120);
        hall.finish("1", Outcome.DONE, null);
        return n;
    }

    @Test
    void theKiosksReasonIsKeptAndAnAgeWithoutOneIsElderly() {
        TicketView pregnant = hall.issue("kiosk-1", "legal", true, null, null, "pregnant");
        TicketView byAge = hall.issue("kiosk-1", "legal", false, idNumber("19400101", 1), null, null);
        TicketView unstated = hall.issue("kiosk-1", "legal", true, null, null, null);
        TicketView normal = hall.issue("kiosk-1", "legal", false, null, null, null);
        assertThat(pregnant.greenReason()).isEqualTo(GreenReason.PREGNANT);
        assertThat(byAge.green()).isTrue();
        assertThat(byAge.greenReason()).isEqualTo(GreenReason.ELDERLY);
        assertThat(unstated.greenReason()).as("an older kiosk said nothing").isNull();
        assertThat(normal.greenReason()).isNull();
        collect();
        assertThat(written.get(pregnant.number()).greenReason()).as("written with the ticket")
                .isEqualTo(GreenReason.PREGNANT);
    }

    @Test
    void aWrongGreenReasonIsRefusedAndIssuesNothing() {
        collect();
        assertThatThrownBy(() -> hall.issue("kiosk-1", "legal", true, null, null, "vip"))
                .isInstanceOf(HallException.class).hasFieldOrPropertyWithValue("reason", "GREEN_REASON")
                .hasMessageNotContaining("vip").hasMessageContaining("elderly, disabled, pregnant, other");
        assertThatThrownBy(() -> hall.issue("kiosk-1", "legal", false, null, null, "disabled"))
                .as("a reason without the green channel").hasFieldOrPropertyWithValue("reason", "GREEN_REASON");
        assertThat(hall.takeEffects().isEmpty()).isTrue();
        assertThat(hall.issue("kiosk-1", "legal", false, null).number()).as("numbering untouched").isEqualTo("A001");
    }

    @Test
    void aTwoCarriesItsReasonsAndAFourNone() {
        hall.issue("kiosk-1", "legal", false, null);
        hall.issue("kiosk-1", "legal", false, null);
        String a = serve();
        TicketView rated = hall.rate("1", a, 2, List.of("wait", "attitude"), null);
        assertThat(rated.rating()).isEqualTo(2);
        assertThat(rated.ratings()).singleElement().satisfies(r -> {
            assertThat(r.level()).isEqualTo(2);
            assertThat(r.matter()).isNull();
            assertThat(r.reasons()).containsExactly(RatingReason.WAIT, RatingReason.ATTITUDE);
        });
        String b = serve();
        assertThatThrownBy(() -> hall.rate("1", b, 4, List.of("wait"), null))
                .hasFieldOrPropertyWithValue("reason", "REASONS_NOT_BAD");
        assertThat(hall.rate("1", b, 4, List.of(), null).ratings()).singleElement()
                .satisfies(r -> assertThat(r.reasons()).isEmpty());
        collect();
        assertThat(written.get(a).ratings()).singleElement()
                .satisfies(r -> assertThat(r.reasons()).containsExactly(RatingReason.WAIT, RatingReason.ATTITUDE));
    }

    @Test
    void badReasonsAreRefusedWithoutEchoAndChangeNothing() {
        hall.issue("kiosk-1", "legal", false, null);
        String a = serve();
        collect();
        assertThatThrownBy(() -> hall.rate("1", a, 1, List.of("attitude", "rude-clerk-x"), null))
                .isInstanceOf(HallException.class).hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST)
                .hasFieldOrPropertyWithValue("reason", "RATING_REASON").hasMessageNotContaining("rude-clerk-x");
        assertThatThrownBy(() -> hall.rate("1", a, 1, List.of("wait", "wait"), null))
                .hasFieldOrPropertyWithValue("reason", "RATING_REASON");
        assertThatThrownBy(() -> hall.rate("1", a, 1, null, " "))
                .hasFieldOrPropertyWithValue("reason", "MATTER");
        assertThat(hall.takeEffects().isEmpty()).as("nothing to write, no event").isTrue();
        assertThat(hall.ticket(DAY, a).orElseThrow().rating()).isNull();
    }

    @Test
    void aVisitIsRatedOncePerMatter() {
        hall.issue("kiosk-1", "legal", false, null);
        hall.issue("kiosk-1", "legal", false, null);
        String a = serve();
        hall.rate("1", a, 5, null, "M-001");
        clock.advanceSeconds(5);
        TicketView both = hall.rate("1", a, 1, List.of("unclear"), "M-002");
        assertThat(both.ratings()).extracting(RatingView::matter).containsExactly("M-001", "M-002");
        assertThat(both.rating()).as("the ticket's rating stays its first").isEqualTo(5);
        assertThatThrownBy(() -> hall.rate("1", a, 3, null, "M-002"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT)
                .hasFieldOrPropertyWithValue("reason", "ALREADY_RATED");
        assertThatThrownBy(() -> hall.rate("1", a, 3, null, null)).as("the whole ticket beside its matters")
                .hasFieldOrPropertyWithValue("reason", "ALREADY_RATED");
        String b = serve();
        hall.rate("1", b, 4);
        assertThatThrownBy(() -> hall.rate("1", b, 4, null, "M-001")).as("a matter after the whole ticket")
                .hasFieldOrPropertyWithValue("reason", "ALREADY_RATED");
    }

    @TempDir
    java.nio.file.Path data;

    @Test
    void reasonsAndMattersSurviveARestartThroughTheJournalAndTheDatabase() throws Exception {
        try (JournaledStore store = JournaledStore.open(data)) {
            hall.issue("kiosk-1", "legal", true, null, null, "other");
            String a = serve();
            hall.rate("1", a, 1, List.of("competence", "other"), "M-9");
            store.commit(hall.takeEffects(), List.of(), hall.seq(), null);
        }
        try (JournaledStore store = JournaledStore.open(data)) {
            HallQueue again = new HallQueue(Halls.test(), clock, Halls.hasher(), store.load(DAY));
            TicketView t = again.ticket(DAY, "VA001").orElseThrow();
            assertThat(t.greenReason()).isEqualTo(GreenReason.OTHER);
            assertThat(t.ratings()).singleElement().satisfies(r -> {
                assertThat(r.matter()).isEqualTo("M-9");
                assertThat(r.reasons()).containsExactly(RatingReason.COMPETENCE, RatingReason.OTHER);
            });
            assertThatThrownBy(() -> again.rate("1", "VA001", 5, null, "M-9")).as("still rated after the restart")
                    .hasFieldOrPropertyWithValue("reason", "ALREADY_RATED");
            TicketRecord row = store.database().ticket(DAY, "VA001").orElseThrow();
            assertThat(row.ratings()).extracting(r -> r.level()).containsExactly(1);
            assertThat(row.greenReason()).isEqualTo(GreenReason.OTHER);
        }
    }

    @Test
    void aHallWithAMattersCatalogueRatesOnlyItsMatters() {
        hall = new HallQueue(Halls.parse(Halls.testYaml() + "matters:\n"
                + "  - { code: FR001, name: 有限责任公司设立登记, zone: legal, kind: instant }\n"
                + "  - { code: FR002, name: 个人独资企业设立登记, zone: legal, kind: instant }\n"),
                clock, Halls.hasher(), RestoredHall.EMPTY);
        hall.login("1", "1001", "4821");
        hall.issue("kiosk-1", "legal", false, null);
        String a = serve();
        collect();
        assertThatThrownBy(() -> hall.rate("1", a, 4, null, "FR999")).hasFieldOrPropertyWithValue("code",
                ErrorCode.BAD_REQUEST).hasFieldOrPropertyWithValue("reason", "UNKNOWN_MATTER");
        assertThat(hall.takeEffects().isEmpty()).isTrue();
        hall.rate("1", a, 4, null, "FR001");
        assertThat(hall.rate("1", a, 2, List.of("unclear"), "FR002").ratings()).extracting(RatingView::matter)
                .containsExactly("FR001", "FR002");
    }

    @Test
    void theFiguresSplitGreenByReasonAndCountEveryMattersRating() {
        at("09:00:00");
        hall.issue("kiosk-1", "legal", true, null, null, "disabled");   // VA001
        at("09:01:00");
        hall.issue("kiosk-1", "legal", true, null, null, "disabled");   // VA002
        at("09:02:00");
        hall.issue("kiosk-1", "legal", true, null, null, "pregnant");   // VA003
        at("09:10:00");
        hall.callNext("1");                  // VA001 waited 600 s
        hall.finish("1", Outcome.DONE, null);
        hall.rate("1", "VA001", 2, List.of("wait", "efficiency"), "M-1");
        hall.rate("1", "VA001", 4, null, "M-2");
        at("09:21:00");
        hall.callNext("1");                  // VA002 waited 1200 s
        hall.finish("1", Outcome.DONE, null);
        hall.rate("1", "VA002", 1, List.of("wait"), null);
        collect();                           // VA003 still waits: issued, not served, no wait
        StatsReport s = HallStats.compute(Halls.test(), DAY, DAY, List.copyOf(written.values()), List.of());
        assertThat(s.evaluation().green()).containsExactly(
                new StatsReport.GreenStats("elderly", 0, 0, null, null),
                new StatsReport.GreenStats("disabled", 2, 2, 900.0, 1200),  // (600 + 1200) / 2; nearest rank
                new StatsReport.GreenStats("pregnant", 1, 0, null, null),
                new StatsReport.GreenStats("other", 0, 0, null, null),
                new StatsReport.GreenStats("unstated", 0, 0, null, null));
        // wait: VA001's M-1 and VA002; efficiency: VA001's M-1
        assertThat(s.evaluation().ratingReasons()).containsEntry("wait", 2).containsEntry("efficiency", 1)
                .containsEntry("attitude", 0);
        // three ratings of two tickets: levels 2, 4, 1; satisfaction 1 of 3 at 3..5
        assertThat(s.ratings()).containsEntry("1", 1).containsEntry("2", 1).containsEntry("4", 1)
                .containsEntry("satisfaction", 0.3333);
        assertThat(s.badRatings()).extracting(StatsReport.BadRating::id)
                .containsExactly(DAY + "/VA001/M-1", DAY + "/VA002");
        assertThat(s.badRatings().get(0).reasons()).containsExactly("wait", "efficiency");
        String csv = hallq.server.stats.TicketCsv.write(Halls.test(), List.copyOf(written.values()));
        assertThat(csv.split("\n")[0]).endsWith(",greenReason,ratings,matters");
        assertThat(csv).contains(",disabled,\"2/M-1:wait,efficiency; 4/M-2\"").contains(",pregnant,,\n");
    }
}
