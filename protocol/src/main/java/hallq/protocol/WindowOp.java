package hallq.protocol;

import java.util.EnumSet;
import java.util.Set;

/**
 * The operations on a window and the states in which each is allowed: the one rule the server's guards
 * enforce and a counter pad's buttons follow, so a button the server would refuse is disabled before it is
 * pressed. A window holding a ticket must finish, no-show or transfer it before the next call, pause or
 * logout; pause only from idle; recall, start and no-show only before the service starts. {@code login} is not
 * among them: who sits at a window is not a state of it (the server lets a clerk take over an idle window).
 */
public enum WindowOp {
    CALL_NEXT(Op.CALL_NEXT, CounterState.IDLE),
    RECALL(Op.RECALL, CounterState.CALLED),
    START(Op.START, CounterState.CALLED),
    // A clerk who forgot to press start may still finish: the server then counts service from the call.
    FINISH(Op.FINISH, CounterState.CALLED, CounterState.SERVING),
    NO_SHOW(Op.NO_SHOW, CounterState.CALLED),
    REQUEUE(Op.REQUEUE, CounterState.IDLE, CounterState.CALLED, CounterState.SERVING, CounterState.PAUSED),
    TRANSFER(Op.TRANSFER, CounterState.CALLED, CounterState.SERVING),
    PAUSE(Op.PAUSE, CounterState.IDLE),
    RESUME(Op.RESUME, CounterState.PAUSED),
    LOGOUT(Op.LOGOUT, CounterState.IDLE, CounterState.PAUSED);

    private final Op op;
    private final Set<CounterState> allowed;

    WindowOp(Op op, CounterState first, CounterState... rest) {
        this.op = op;
        this.allowed = EnumSet.of(first, rest);
    }

    /** The op of the contract it is. */
    public Op op() {
        return op;
    }

    /** The op's name in a request ({@code call-next}, ...). */
    public String wire() {
        return op.wire();
    }

    /** The states in which the op is allowed. */
    public Set<CounterState> allowedIn() {
        return EnumSet.copyOf(allowed);
    }

    public boolean allowedIn(CounterState state) {
        return allowed.contains(state);
    }

    /** Why the op is refused in {@code state}, or null when it is allowed there. */
    public WindowRefusal refusalIn(CounterState state) {
        if (allowed.contains(state)) {
            return null;
        }
        return switch (state) {
            case CLOSED -> WindowRefusal.LOGIN_REQUIRED;
            case IDLE -> this == RESUME ? WindowRefusal.NOT_PAUSED : WindowRefusal.NO_TICKET;
            case PAUSED -> this == CALL_NEXT || this == PAUSE ? WindowRefusal.PAUSED : WindowRefusal.NO_TICKET;
            // recall, start and no-show are for a called ticket: once it is being served, its state is wrong
            case CALLED, SERVING -> this == RESUME ? WindowRefusal.NOT_PAUSED
                    : allowed.contains(CounterState.CALLED) ? WindowRefusal.WRONG_STATE : WindowRefusal.TICKET_OPEN;
        };
    }
}
