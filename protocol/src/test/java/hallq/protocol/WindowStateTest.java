package hallq.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The window's state from its facts, and which op is allowed in which state: written out by hand. */
class WindowStateTest {
    // columns: closed idle called serving paused; "." allowed, else the refusal's reason
    private static final String TABLE = """
            CALL_NEXT  LOGIN_REQUIRED  .           TICKET_OPEN  TICKET_OPEN  PAUSED
            RECALL     LOGIN_REQUIRED  NO_TICKET   .            WRONG_STATE  NO_TICKET
            START      LOGIN_REQUIRED  NO_TICKET   .            WRONG_STATE  NO_TICKET
            FINISH     LOGIN_REQUIRED  NO_TICKET   .            .            NO_TICKET
            NO_SHOW    LOGIN_REQUIRED  NO_TICKET   .            WRONG_STATE  NO_TICKET
            REQUEUE    LOGIN_REQUIRED  .           .            .            .
            TRANSFER   LOGIN_REQUIRED  NO_TICKET   .            .            NO_TICKET
            PAUSE      LOGIN_REQUIRED  .           TICKET_OPEN  TICKET_OPEN  PAUSED
            RESUME     LOGIN_REQUIRED  NOT_PAUSED  NOT_PAUSED   NOT_PAUSED   .
            LOGOUT     LOGIN_REQUIRED  .           TICKET_OPEN  TICKET_OPEN  .
            """;
    private static final CounterState[] COLUMNS = {CounterState.CLOSED, CounterState.IDLE, CounterState.CALLED,
            CounterState.SERVING, CounterState.PAUSED};

    private static Map<WindowOp, Map<CounterState, WindowRefusal>> expected() {
        Map<WindowOp, Map<CounterState, WindowRefusal>> m = new EnumMap<>(WindowOp.class);
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            Map<CounterState, WindowRefusal> row = new EnumMap<>(CounterState.class);
            for (int i = 0; i < COLUMNS.length; i++) {
                row.put(COLUMNS[i], cells[i + 1].equals(".") ? null : WindowRefusal.valueOf(cells[i + 1]));
            }
            m.put(WindowOp.valueOf(cells[0]), row);
        }
        return m;
    }

    @ParameterizedTest
    @EnumSource(CounterState.class)
    void everyOpInEveryState(CounterState state) {
        assertThat(expected()).hasSize(WindowOp.values().length);
        expected().forEach((op, row) -> {
            assertThat(op.refusalIn(state)).as("%s when the window is %s", op, state).isEqualTo(row.get(state));
            assertThat(op.allowedIn(state)).as("%s when the window is %s", op, state).isEqualTo(row.get(state) == null);
            assertThat(op.allowedIn().contains(state)).isEqualTo(op.allowedIn(state));
        });
    }

    @Test
    void refusalsCarryTheirErrorCode() {
        assertThat(WindowRefusal.LOGIN_REQUIRED.code()).isEqualTo(ErrorCode.FORBIDDEN);
        for (WindowRefusal r : WindowRefusal.values()) {
            if (r != WindowRefusal.LOGIN_REQUIRED) {
                assertThat(r.code()).as(r.name()).isEqualTo(ErrorCode.CONFLICT);
            }
        }
    }

    @Test
    void opsAreNamedAsOnTheWire() {
        assertThat(WindowOp.CALL_NEXT.wire()).isEqualTo("call-next");
        assertThat(WindowOp.NO_SHOW.wire()).isEqualTo("no-show");
        assertThat(WindowOp.LOGOUT.wire()).isEqualTo("logout");
    }

    @Test
    void theStateFollowsFromTheFacts() {
        // clerks log in: without one the window is closed, whatever else it holds
        assertThat(new WindowFacts(true, false, false, null).state()).isEqualTo(CounterState.CLOSED);
        assertThat(new WindowFacts(true, false, true, TicketState.SERVING).state()).isEqualTo(CounterState.CLOSED);
        assertThat(new WindowFacts(true, true, false, null).state()).isEqualTo(CounterState.IDLE);
        assertThat(new WindowFacts(true, true, true, null).state()).isEqualTo(CounterState.PAUSED);
        assertThat(new WindowFacts(true, true, false, TicketState.CALLED).state()).isEqualTo(CounterState.CALLED);
        assertThat(new WindowFacts(true, true, false, TicketState.SERVING).state()).isEqualTo(CounterState.SERVING);
        // a held ticket before a pause
        assertThat(new WindowFacts(true, true, true, TicketState.CALLED).state()).isEqualTo(CounterState.CALLED);
        // a hall without clerk login: never closed
        assertThat(new WindowFacts(false, false, false, null).state()).isEqualTo(CounterState.IDLE);
        assertThat(new WindowFacts(false, false, true, null).state()).isEqualTo(CounterState.PAUSED);
        assertThat(new WindowFacts(false, false, false, TicketState.SERVING).state()).isEqualTo(CounterState.SERVING);
    }
}
