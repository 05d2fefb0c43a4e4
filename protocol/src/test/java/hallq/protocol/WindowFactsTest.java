package hallq.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an accepted op does to a window's facts, and the facts read back from a window's view: by hand. */
class WindowFactsTest {
    private static final WindowFacts IDLE = new WindowFacts(true, true, false, null);
    private static final WindowFacts CALLED = new WindowFacts(true, true, false, TicketState.CALLED);
    private static final WindowFacts SERVING = new WindowFacts(true, true, false, TicketState.SERVING);
    private static final WindowFacts PAUSED = new WindowFacts(true, true, true, null);
    private static final WindowFacts CLOSED = new WindowFacts(true, false, false, null);

    @Test
    void eachAcceptedOpLeadsTheWindowWhereTheHallTakesIt() {
        assertThat(IDLE.after(WindowOp.CALL_NEXT, TicketState.CALLED)).isEqualTo(CALLED);
        assertThat(CALLED.after(WindowOp.RECALL, TicketState.CALLED)).isEqualTo(CALLED);
        assertThat(CALLED.after(WindowOp.START, TicketState.SERVING)).isEqualTo(SERVING);
        assertThat(SERVING.after(WindowOp.FINISH, TicketState.DONE)).isEqualTo(IDLE);
        assertThat(CALLED.after(WindowOp.FINISH, TicketState.DONE)).isEqualTo(IDLE);
        assertThat(CALLED.after(WindowOp.NO_SHOW, TicketState.NO_SHOW)).isEqualTo(IDLE);
        assertThat(SERVING.after(WindowOp.TRANSFER, TicketState.TRANSFERRED)).isEqualTo(IDLE);
        assertThat(IDLE.after(WindowOp.PAUSE, null)).isEqualTo(PAUSED);
        assertThat(PAUSED.after(WindowOp.RESUME, null)).isEqualTo(IDLE);
        assertThat(IDLE.after(WindowOp.LOGOUT, null)).isEqualTo(CLOSED);
        assertThat(CLOSED.afterLogin()).isEqualTo(IDLE);
        assertThat(CLOSED.afterLogin().state()).isEqualTo(CounterState.IDLE);
    }

    @Test
    void aLogoutEndsThePauseAndALoginKeepsWhatTheWindowHeld() {
        assertThat(PAUSED.after(WindowOp.LOGOUT, null)).isEqualTo(CLOSED);
        assertThat(PAUSED.after(WindowOp.LOGOUT, null).state()).isEqualTo(CounterState.CLOSED);
        // the same clerk back at a window that still holds its ticket
        assertThat(new WindowFacts(true, false, false, TicketState.SERVING).afterLogin().state())
                .isEqualTo(CounterState.SERVING);
    }

    @Test
    void aRequeueAndACallFindingNobodyLeaveTheWindowAsItWas() {
        assertThat(IDLE.after(WindowOp.CALL_NEXT, null)).isEqualTo(IDLE);
        // the ticket put back is another one, waiting: not the window's
        assertThat(SERVING.after(WindowOp.REQUEUE, TicketState.WAITING)).isEqualTo(SERVING);
        assertThat(PAUSED.after(WindowOp.REQUEUE, TicketState.WAITING)).isEqualTo(PAUSED);
    }

    @Test
    void aHallWithoutClerkLoginIsNeverClosed() {
        WindowFacts idle = new WindowFacts(false, false, false, null);
        assertThat(idle.after(WindowOp.CALL_NEXT, TicketState.CALLED).state()).isEqualTo(CounterState.CALLED);
        assertThat(idle.after(WindowOp.PAUSE, null).state()).isEqualTo(CounterState.PAUSED);
    }

    @Test
    void theFactsReadFromAViewGiveItsState() {
        TicketView called = ticket(TicketState.CALLED);
        assertThat(WindowFacts.of(view(CounterState.CLOSED, null), true)).isEqualTo(CLOSED);
        assertThat(WindowFacts.of(view(CounterState.IDLE, null), true)).isEqualTo(IDLE);
        assertThat(WindowFacts.of(view(CounterState.PAUSED, null), true)).isEqualTo(PAUSED);
        assertThat(WindowFacts.of(view(CounterState.CALLED, called), true)).isEqualTo(CALLED);
        assertThat(WindowFacts.of(view(CounterState.SERVING, ticket(TicketState.SERVING)), true)).isEqualTo(SERVING);
        for (CounterState s : CounterState.values()) {
            if (s == CounterState.CLOSED) {
                continue; // never so without clerk login
            }
            TicketView t = s == CounterState.CALLED ? called
                    : s == CounterState.SERVING ? ticket(TicketState.SERVING) : null;
            assertThat(WindowFacts.of(view(s, t), true).state()).as("%s", s).isEqualTo(s);
            assertThat(WindowFacts.of(view(s, t), false).state()).as("%s without clerks", s).isEqualTo(s);
        }
    }

    private static CounterView view(CounterState s, TicketView t) {
        return new CounterView("3", "3号窗口", null, s, t, s == CounterState.CLOSED ? null : new ClerkRef("1001", "张三"),
                null, 0, null);
    }

    private static TicketView ticket(TicketState s) {
        return new TicketView("A001", "legal", false, s, "2026-11-22", "2026-11-22T09:00:00.000+08:00",
                "2026-11-22T09:12:30.000+08:00", "3", null, null, null, null, null, null, null, 0, null);
    }
}
