package hallq.pad.clerk;

import hallq.protocol.Op;
import hallq.protocol.CounterState;
import hallq.protocol.WindowOp;
import hallq.protocol.WindowRefusal;

/**
 * The clerk's actions and when each can be done. Which op is allowed in which window state is the hall's one
 * window rule ({@link WindowOp}), the one the server's guards enforce, so a button the server would refuse is
 * disabled before it is pressed; the pad adds only what it knows itself (its link, a request pending, the
 * citizen rating, no no-show to requeue, no zone to transfer to) and the login form, which is for a closed
 * window.
 */
public enum PadAction {
    LOGIN(null),
    LOGOUT(WindowOp.LOGOUT),
    CALL_NEXT(WindowOp.CALL_NEXT),
    RECALL(WindowOp.RECALL),
    START(WindowOp.START),
    FINISH(WindowOp.FINISH),
    NO_SHOW(WindowOp.NO_SHOW),
    REQUEUE(WindowOp.REQUEUE),
    TRANSFER(WindowOp.TRANSFER),
    PAUSE(WindowOp.PAUSE),
    RESUME(WindowOp.RESUME);

    private final WindowOp windowOp;

    PadAction(WindowOp windowOp) {
        this.windowOp = windowOp;
    }

    /** The hall's window op it is; null for {@link #LOGIN}, which is not a state of the window. */
    public WindowOp windowOp() {
        return windowOp;
    }

    /** The protocol operation this action sends. */
    public String op() {
        return windowOp == null ? Op.LOGIN.wire() : windowOp.wire();
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
        if (this == LOGIN) {
            return s.counterState() == CounterState.CLOSED ? null : "refusal.loggedIn";
        }
        WindowRefusal r = windowOp.refusalIn(s.counterState());
        if (r != null) {
            return refusalKey(r);
        }
        if (this == REQUEUE && s.noShows().isEmpty()) {
            return "refusal.noNoShows";
        }
        if (this == TRANSFER && (s.ticket() == null || s.setup().transferTargets(s.ticket().zone()).isEmpty())) {
            return "refusal.noTransferTarget";
        }
        return null;
    }

    /** The rule's reason in the clerk's words: what to do first. */
    private String refusalKey(WindowRefusal r) {
        return switch (r) {
            case LOGIN_REQUIRED -> "refusal.closed";
            case TICKET_OPEN -> "refusal.ticketOpen";
            case PAUSED -> this == PAUSE ? "refusal.alreadyPaused" : "refusal.paused";
            case NOT_PAUSED -> "refusal.notPaused";
            case WRONG_STATE -> "refusal.serving";
            case NO_TICKET -> this == RECALL || this == START || this == NO_SHOW
                    ? "refusal.noCalledTicket" : "refusal.noTicket";
        };
    }
}
