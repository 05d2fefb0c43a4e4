package hallq.server.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.ErrorCode;
import hallq.protocol.Outcome;
import hallq.protocol.RatingView;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.message.Requests.Finish;
import hallq.server.queue.HallException;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.server.queue.TicketRecord;
import hallq.server.stats.TicketCsv;
import hallq.server.store.JournaledStore;
import hallq.testkit.ManualClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rating (issue 20, 一次一评、一事一评): the matters a finish names are the visit's, kept through the journal and the
 * database, shown in the CSV; a rating of a matter names one of them; each refusal changes nothing.
 */
class VisitMattersTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");
    private static final String CATALOGUE = "matters:\n"
            + "  - { code: FR001, name: 有限责任公司设立登记, zone: legal, kind: instant }\n"
            + "  - { code: FR002, name: 个人独资企业设立登记, zone: legal, kind: instant }\n"
            + "  - { code: FR003, name: 营业执照遗失补领, zone: legal, kind: instant }\n"
            + "  - { code: FR004, name: 股权出质登记, zone: legal, kind: promised, promisedDays: 3 }\n";

    @TempDir
    Path data;
    private ManualClock clock;
    private HallQueue hall;

    @BeforeEach
    void setUp() {
        clock = ManualClock.shanghai(DAY + "T09:00:00");
        hall = hall();
        hall.login("1", "1001", "4821");
    }

    private HallQueue hall() {
        return new HallQueue(Halls.parse(Halls.testYaml() + CATALOGUE), clock, Halls.hasher(), RestoredHall.EMPTY);
    }

    /** Calls the next ticket to window 1. */
    private String call() {
        hall.issue("kiosk-1", "legal", false, null);
        clock.advanceSeconds(60);
        String n = hall.callNext("1").number();
        clock.advanceSeconds(120);
        return n;
    }

    private static Finish done(List<String> matters) {
        return new Finish(Outcome.DONE, null).withMatters(matters);
    }

    @Test
    void aFinishKeepsTheCasesMatterFirstThenTheOthersOnceThroughARestart() throws Exception {
        String n;
        try (JournaledStore store = JournaledStore.open(data)) {
            n = call();
            TicketView done = hall.finish("1", new Finish(Outcome.ACCEPTED, null, "FR004", null, null, null)
                    .withMatters(List.of("FR001", "FR004", "FR002", "FR001"))).ticket();
            assertThat(done.matters()).as("the case's matter first, duplicates dropped")
                    .containsExactly("FR004", "FR001", "FR002");
            store.commit(hall.takeEffects(), List.of(), hall.seq(), null);
        }
        try (JournaledStore store = JournaledStore.open(data)) {
            HallQueue again = new HallQueue(Halls.parse(Halls.testYaml() + CATALOGUE), clock, Halls.hasher(),
                    store.load(DAY));
            assertThat(again.ticket(DAY, n).orElseThrow().matters()).containsExactly("FR004", "FR001", "FR002");
            TicketRecord row = store.database().ticket(DAY, n).orElseThrow();
            assertThat(row.matters()).as("in the database's row").containsExactly("FR004", "FR001", "FR002");
            assertThatThrownBy(() -> again.rate("1", n, 5, null, "FR003")).as("after the restart too")
                    .hasFieldOrPropertyWithValue("reason", "NOT_A_MATTER_OF_THE_VISIT");
            again.rate("1", n, 5, null, "FR004");
            TicketView rated = again.rate("1", n, 2, List.of("wait"), "FR002");
            assertThat(rated.ratings()).extracting(RatingView::matter).containsExactly("FR004", "FR002");
            String csv = TicketCsv.write(Halls.parse(Halls.testYaml() + CATALOGUE), List.of(row));
            String[] lines = csv.split("\r?\n");
            assertThat(lines[0]).endsWith(",ratings,matters");
            assertThat(lines[1]).endsWith(",\"FR004; FR001; FR002\"");
        }
    }

    @Test
    void aFinishWithoutMattersHasNone() {
        String n = call();
        assertThat(hall.finish("1", Outcome.DONE, null).matters()).isNull();
        assertThat(hall.rate("1", n, 4).ratings()).singleElement()
                .satisfies(r -> assertThat(r.matter()).isNull());
    }

    @Test
    void anUnknownMatterOrElevenChangeNothing() {
        String n = call();
        hall.takeEffects();
        assertThatThrownBy(() -> hall.finish("1", done(List.of("FR001", "XX999"))))
                .isInstanceOf(HallException.class).hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST)
                .hasFieldOrPropertyWithValue("reason", "UNKNOWN_MATTER").hasMessageNotContaining("XX999");
        assertThat(hall.takeEffects().isEmpty()).as("nothing written, no event").isTrue();
        assertThat(hall.ticket(DAY, n).orElseThrow().state()).isEqualTo(TicketState.CALLED);

        HallQueue open = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY);
        open.login("1", "1001", "4821");
        open.issue("kiosk-1", "legal", false, null);
        String m = open.callNext("1").number();
        open.takeEffects();
        List<String> eleven = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            eleven.add("M-" + i);
        }
        assertThatThrownBy(() -> open.finish("1", done(eleven))).as("a hall without a catalogue still counts")
                .hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST)
                .hasFieldOrPropertyWithValue("reason", "TOO_MANY_MATTERS");
        List<String> tenAndTheCase = new ArrayList<>(eleven.subList(0, 10));
        assertThatThrownBy(() -> open.finish("1", new Finish(Outcome.DONE, null, "CASE-1", null, null, null)
                .withMatters(tenAndTheCase))).as("the case's matter counts among the ten")
                .hasFieldOrPropertyWithValue("reason", "TOO_MANY_MATTERS");
        assertThat(open.takeEffects().isEmpty()).isTrue();
        assertThat(open.ticket(DAY, m).orElseThrow().state()).isEqualTo(TicketState.CALLED);
        List<String> tenTwice = new ArrayList<>(eleven.subList(0, 10));
        tenTwice.addAll(eleven.subList(0, 10));
        assertThat(open.finish("1", done(tenTwice)).ticket().matters()).as("duplicates are not counted")
                .hasSize(10);
    }

    @Test
    void ratingAMatterNotOfTheVisitChangesNothing() {
        String n = call();
        hall.finish("1", done(List.of("FR001", "FR002")));
        hall.takeEffects();
        assertThatThrownBy(() -> hall.rate("1", n, 1, List.of("wait"), "FR003"))
                .isInstanceOf(HallException.class).hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST)
                .hasFieldOrPropertyWithValue("reason", "NOT_A_MATTER_OF_THE_VISIT");
        assertThat(hall.takeEffects().isEmpty()).as("no rating, no 差评 item, no event").isTrue();
        assertThat(hall.ticket(DAY, n).orElseThrow().ratings()).isNull();
        assertThat(hall.ratingItems()).isEmpty();
        hall.rate("1", n, 5, null, "FR001");
        assertThatThrownBy(() -> hall.rate("1", n, 5, null, null)).as("not as a whole beside its matters")
                .hasFieldOrPropertyWithValue("reason", "ALREADY_RATED");
    }
}
