package hallq.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.Outcome;
import hallq.protocol.RectifyState;
import hallq.protocol.event.RatingItemChange;
import hallq.protocol.event.RatingItemChanged;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.Role;
import hallq.server.engine.WireJson;
import hallq.server.queue.HallEvent;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.testkit.ManualClock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rating (issue 20): a 差评 opening its work item, and each step of it, is a {@code rating-item} event with the item
 * as it ends up; managers see it, no other role does. A refused step sends nothing.
 */
class RatingItemEventsTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");
    private static final Device MANAGER = new Device("office", Role.MANAGER, null, null, null);
    private ManualClock clock;
    private HallQueue hall;

    @BeforeEach
    void setUp() {
        clock = ManualClock.shanghai(DAY + "T09:00:00");
        hall = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY);
        hall.login("1", "1001", "4821");
    }

    private List<RatingItemChanged> itemEvents() {
        return hall.takeEffects().events().stream().filter(e -> e.data() instanceof RatingItemChanged)
                .map(e -> (RatingItemChanged) e.data()).toList();
    }

    private String served() {
        hall.issue("kiosk-1", "legal", false, null);
        clock.advanceSeconds(60);
        String n = hall.callNext("1").number();
        clock.advanceSeconds(120);
        hall.finish("1", Outcome.DONE, null);
        hall.takeEffects();
        return n;
    }

    @Test
    void aBadRatingOpensItsItemAsAnEventAndAGoodOneNone() {
        String n = served();
        hall.rate("1", n, 4);
        assertThat(itemEvents()).as("a 4 is no 差评").isEmpty();
        String m = served();
        hall.rate("1", m, 1, List.of("attitude"), null);
        assertThat(itemEvents()).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo(RatingItemChange.OPENED);
            assertThat(e.item().id()).isEqualTo(DAY + "/" + m);
            assertThat(e.item().state()).isEqualTo(RectifyState.PENDING);
            assertThat(e.item().next()).contains(RectifyState.RECTIFYING, RectifyState.APPEALED);
        });
    }

    @Test
    void eachStepIsAnEventOfTheItemAsItEndsUp() {
        String n = served();
        hall.rate("1", n, 2, List.of("wait"), null);
        hall.takeEffects();
        String id = DAY + "/" + n;
        hall.ratingStep(MANAGER, id, "rectifying", "核实属实", "王五");
        assertThat(itemEvents()).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo(RatingItemChange.STEPPED);
            assertThat(e.item().state()).isEqualTo(RectifyState.RECTIFYING);
            assertThat(e.item().responsible()).isEqualTo("王五");
            assertThat(e.item().steps()).extracting(s -> s.note()).containsExactly("核实属实");
        });
        clock.advanceSeconds(3600);
        hall.ratingStep(MANAGER, id, "rectified", "已安排叫号提示", null);
        assertThat(itemEvents()).singleElement().satisfies(e -> {
            assertThat(e.item().state()).isEqualTo(RectifyState.RECTIFIED);
            assertThat(e.item().steps()).hasSize(2);
        });
        try {
            hall.ratingStep(MANAGER, id, "appealed", "误评", null);
        } catch (RuntimeException refused) {
            // out of order: CONFLICT ITEM_STATE
        }
        assertThat(hall.takeEffects().events()).as("a refused step sends nothing").isEmpty();
    }

    @Test
    void onlyManagersSeeIt() {
        String n = served();
        hall.rate("1", n, 1);
        HallEvent e = hall.takeEffects().events().stream().filter(x -> x.data() instanceof RatingItemChanged)
                .findFirst().orElseThrow();
        assertThat(e.kind()).isEqualTo("rating-item");
        assertThat(WireJson.sees(MANAGER, e)).isTrue();
        for (Role r : new Role[] {Role.COUNTER, Role.DISPLAY, Role.KIOSK, Role.BACKOFFICE}) {
            assertThat(WireJson.sees(new Device("d", r, null, "1", null), e)).as(r.name()).isFalse();
        }
    }
}
