package hallq.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hallq.protocol.CounterState;
import hallq.protocol.Outcome;
import hallq.protocol.WindowOp;
import hallq.protocol.WindowRefusal;
import hallq.testkit.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * The queue's guards are the window rule ({@link WindowOp}): every op at a window in every state is done, or
 * refused with the rule's reason and code. Each case starts from a fresh hall, the window put in its state.
 */
class WindowGuardsTest {
    private ManualClock clock;
    private HallQueue hall;
    private String noShow;

    /** Window 1 in {@code state}; a no-show ticket of today at window 2, for requeue. */
    private void windowIn(CounterState state) {
        clock = ManualClock.shanghai("2026-11-23T09:00:00");
        hall = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY);
        hall.login("2", "1002", "7315");
        hall.issue("kiosk-1", "natural", false, null);
        hall.callNext("2");
        noShow = hall.noShow("2").number();
        hall.issue("kiosk-1", "legal", false, null);
        hall.issue("kiosk-1", "legal", false, null);
        if (state != CounterState.CLOSED) {
            hall.login("1", "1001", "4821");
        }
        switch (state) {
            case CALLED -> hall.callNext("1");
            case SERVING -> {
                hall.callNext("1");
                hall.start("1");
            }
            case PAUSED -> hall.pause("1", "lunch");
            default -> {
            }
        }
        assertThat(hall.counterState("1")).isEqualTo(state);
    }

    private void perform(WindowOp op) {
        switch (op) {
            case CALL_NEXT -> hall.callNext("1");
            case RECALL -> hall.recall("1");
            case START -> hall.start("1");
            case FINISH -> hall.finish("1", Outcome.DONE, null);
            case NO_SHOW -> hall.noShow("1");
            case REQUEUE -> hall.requeue("1", noShow);
            case TRANSFER -> hall.transfer("1", "natural");
            case PAUSE -> hall.pause("1", "lunch");
            case RESUME -> hall.resume("1");
            case LOGOUT -> hall.logout("1");
        }
    }

    @Test
    void everyOpInEveryStateIsDoneOrRefusedAsTheRuleSays() {
        for (CounterState state : CounterState.values()) {
            for (WindowOp op : WindowOp.values()) {
                windowIn(state);
                WindowRefusal expected = op.refusalIn(state);
                if (expected == null) {
                    assertThatCode(() -> perform(op)).as("%s when %s", op, state).doesNotThrowAnyException();
                } else {
                    HallException e = catchThrowableOfType(() -> perform(op), HallException.class);
                    assertThat(e).as("%s when %s", op, state).isNotNull();
                    assertThat(e.reason()).as("%s when %s", op, state).isEqualTo(expected.name());
                    assertThat(e.code()).as("%s when %s", op, state).isEqualTo(expected.code());
                    assertThat(hall.counterState("1")).as("a refusal changes nothing").isEqualTo(state);
                }
            }
        }
    }

    @Test
    void theMessagesSayWhatToDo() {
        windowIn(CounterState.CALLED);
        assertThat(catchThrowableOfType(() -> hall.callNext("1"), HallException.class))
                .hasMessage("1号窗口 still has A001 (called): finish, no-show or transfer it first");
        windowIn(CounterState.PAUSED);
        assertThat(catchThrowableOfType(() -> hall.callNext("1"), HallException.class))
                .hasMessage("1号窗口 is paused: resume first");
        assertThat(catchThrowableOfType(() -> hall.pause("1", null), HallException.class))
                .hasMessage("1号窗口 is already paused");
        assertThat(catchThrowableOfType(() -> hall.finish("1", Outcome.DONE, null), HallException.class))
                .hasMessage("1号窗口 has no ticket to finish");
        windowIn(CounterState.SERVING);
        assertThat(catchThrowableOfType(() -> hall.recall("1"), HallException.class))
                .hasMessage("cannot recall A001: it is serving");
        windowIn(CounterState.CLOSED);
        assertThat(catchThrowableOfType(() -> hall.start("1"), HallException.class))
                .hasMessage("log in at 1号窗口 first");
        assertThat(catchThrowableOfType(() -> hall.logout("1"), HallException.class))
                .hasMessage("nobody is logged in at 1号窗口");
    }
}
