package hallq.pad.clerk;

import hallq.protocol.CounterState;
import java.util.EnumSet;
import java.util.Set;

/**
 * The clerk's actions and when each makes sense. The rules follow the queue server's (a window holding a
 * ticket must finish, no-show or transfer it before the next call; pause only with no ticket; ...), so a
 * button the server would refuse is disabled before it is pressed.
 */
public enum PadAction {
    LOGIN("login", EnumSet.of(CounterState.CLOSED)),
    LOGOUT("logout", EnumSet.of(CounterState.IDLE, CounterState.PAUSED)),
    CALL_NEXT("call-next", EnumSet.of(CounterState.IDLE)),
    RECALL("recall", EnumSet.of(CounterState.CALLED)),
    START("start", EnumSet.of(CounterState.CALLED)),
    // A clerk who forgot to press start may still finish: the server then counts service from the call.
    FINISH("finish", EnumSet.of(CounterState.CALLED, CounterState.SERVING)),
    NO_SHOW("no-show", EnumSet.of(CounterState.CALLED)),
    REQUEUE("requeue", EnumSet.of(CounterState.IDLE, CounterState.CALLED, CounterState.SERVING, CounterState.PAUSED)),
    TRANSFER("transfer", EnumSet.of(CounterState.CALLED, CounterState.SERVING)),
    PAUSE("pause", EnumSet.of(CounterState.IDLE)),
    RESUME("resume", EnumSet.of(CounterState.PAUSED));

    private final String op;
    private final Set<CounterState> states;

    PadAction(String op, Set<CounterState> states) {
        this.op = op;
        this.states = states;
    }

    /** The protocol operation this action sends. */
    public String op() {
        return op;
    }

    /** The counter states in which the action makes sense, all else being well. */
    public Set<CounterState> states() {
        return EnumSet.copyOf(states);
    }

    public boolean allowedIn(PadState s) {
        return refusal(s) == null;
    }

    /**
     * Why the action cannot be done now, as a message key ({@code refusal.offline}, ...), or null when it can.
     * The on-screen button is disabled for the same reason; a physical key shows it.
     */
    public String refusal(PadState s) {
        if (s.setup() == null) {
            return "refusal.connecting";
        }
        if (s.link() != LinkState.ONLINE) {
            return "refusal.offline";
        }
        if (s.rating() != null) {
            return "refusal.rating";
        }
        if (s.pending() != null) {
            return "refusal.busy";
        }
        if ((this == LOGIN || this == LOGOUT) && !s.setup().clerksLogIn()) {
            return "refusal.noClerks";
        }
        if (!states.contains(s.counterState())) {
            return stateRefusal(s.counterState());
        }
        if (this == REQUEUE && s.noShows().isEmpty()) {
            return "refusal.noNoShows";
        }
        if (this == TRANSFER && (s.ticket() == null || s.setup().transferTargets(s.ticket().zone()).isEmpty())) {
            return "refusal.noTransferTarget";
        }
        return null;
    }

    private String stateRefusal(CounterState cs) {
        if (cs == CounterState.CLOSED) {
            return "refusal.closed";
        }
        return switch (this) {
            case LOGIN -> "refusal.loggedIn";
            case RESUME -> "refusal.notPaused";
            case PAUSE -> cs == CounterState.PAUSED ? "refusal.alreadyPaused" : "refusal.ticketOpen";
            case CALL_NEXT -> cs == CounterState.PAUSED ? "refusal.paused" : "refusal.ticketOpen";
            case LOGOUT -> "refusal.ticketOpen";
            case RECALL, START, NO_SHOW -> cs == CounterState.SERVING ? "refusal.serving" : "refusal.noCalledTicket";
            default -> "refusal.noTicket";
        };
    }
}
