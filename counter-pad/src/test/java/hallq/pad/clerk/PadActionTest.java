package hallq.pad.clerk;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.pad.support.Hellos;
import hallq.pad.support.Pads;
import hallq.protocol.CounterState;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which buttons are enabled in which window state: written out by hand, not derived from the code under test. */
class PadActionTest {
    // columns: closed idle called serving paused
    private static final String TABLE = """
            LOGIN      Y . . . .
            LOGOUT     . Y . . Y
            CALL_NEXT  . Y . . .
            RECALL     . . Y . .
            START      . . Y . .
            FINISH     . . Y Y .
            NO_SHOW    . . Y . .
            REQUEUE    . Y Y Y Y
            TRANSFER   . . Y Y .
            PAUSE      . Y . . .
            RESUME     . . . . Y
            """;
    private static final CounterState[] COLUMNS = {CounterState.CLOSED, CounterState.IDLE, CounterState.CALLED,
            CounterState.SERVING, CounterState.PAUSED};

    private static Map<PadAction, List<CounterState>> expected() {
        Map<PadAction, List<CounterState>> m = new EnumMap<>(PadAction.class);
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            List<CounterState> on = new ArrayList<>();
            for (int i = 0; i < COLUMNS.length; i++) {
                if (cells[i + 1].equals("Y")) {
                    on.add(COLUMNS[i]);
                }
            }
            m.put(PadAction.valueOf(cells[0]), on);
        }
        return m;
    }

    private static TicketView ticketFor(CounterState state) {
        return switch (state) {
            case CALLED -> Hellos.ticket("A007", "legal", TicketState.CALLED);
            case SERVING -> Hellos.ticket("A007", "legal", TicketState.SERVING);
            default -> null;
        };
    }

    /** The window in {@code state}, online, nothing pending, one no-show today. */
    private static PadState online(CounterState state) {
        return new Pads().hello(Hellos.pad3(state, ticketFor(state)), "B002").model.state();
    }

    @ParameterizedTest
    @EnumSource(CounterState.class)
    void everyButtonInEveryCounterState(CounterState state) {
        PadState s = online(state);
        assertThat(s.counterState()).isEqualTo(state);
        assertThat(expected()).hasSize(PadAction.values().length);
        expected().forEach((action, on) -> assertThat(action.allowedIn(s))
                .as("%s when the window is %s", action, state)
                .isEqualTo(on.contains(state)));
    }

    @ParameterizedTest
    @EnumSource(CounterState.class)
    void nothingIsEnabledWhileOfflineBusyOrRating(CounterState state) {
        PadState s = online(state);
        PadState offline = s.withLink(LinkState.OFFLINE);
        PadState busy = s.withPending("call-next");
        PadState rating = s.withRating(hallq.pad.rating.RatingPrompt.asking("A001", java.time.Instant.EPOCH));
        for (PadAction a : PadAction.values()) {
            assertThat(a.refusal(offline)).as("%s offline", a).isEqualTo("refusal.offline");
            assertThat(a.refusal(busy)).as("%s busy", a).isEqualTo("refusal.busy");
            assertThat(a.refusal(rating)).as("%s while the citizen rates", a).isEqualTo("refusal.rating");
        }
    }

    @Test
    void beforeTheFirstHelloNothingIsEnabled() {
        for (PadAction a : PadAction.values()) {
            assertThat(a.refusal(PadState.INITIAL)).isEqualTo("refusal.connecting");
        }
    }

    @Test
    void requeueNeedsANoShowToday() {
        PadState s = new Pads().hello(Hellos.pad3(CounterState.IDLE, null)).model.state();
        assertThat(PadAction.REQUEUE.refusal(s)).isEqualTo("refusal.noNoShows");
        assertThat(PadAction.REQUEUE.allowedIn(s.withNoShows(List.of("A003")))).isTrue();
    }

    @Test
    void aHallWithoutClerksHasNoLoginButCallsAtOnce() {
        Pads p = new Pads();
        p.hello(Hellos.hello(Hellos.noClerks(), "pad-1",
                new hallq.protocol.CounterView("1", "1号窗口", null, CounterState.IDLE, null, null, null, 0, null), 5));
        PadState s = p.model.state();
        assertThat(PadAction.LOGIN.refusal(s)).isEqualTo("refusal.noClerks");
        assertThat(PadAction.LOGOUT.refusal(s)).isEqualTo("refusal.noClerks");
        assertThat(PadAction.CALL_NEXT.allowedIn(s)).isTrue();
    }

    @Test
    void aDisabledReasonNamesWhatToDoFirst() {
        assertThat(PadAction.CALL_NEXT.refusal(online(CounterState.SERVING))).isEqualTo("refusal.ticketOpen");
        assertThat(PadAction.CALL_NEXT.refusal(online(CounterState.PAUSED))).isEqualTo("refusal.paused");
        assertThat(PadAction.CALL_NEXT.refusal(online(CounterState.CLOSED))).isEqualTo("refusal.closed");
        assertThat(PadAction.RECALL.refusal(online(CounterState.IDLE))).isEqualTo("refusal.noCalledTicket");
        assertThat(PadAction.FINISH.refusal(online(CounterState.IDLE))).isEqualTo("refusal.noTicket");
        assertThat(PadAction.RESUME.refusal(online(CounterState.IDLE))).isEqualTo("refusal.notPaused");
    }
}
