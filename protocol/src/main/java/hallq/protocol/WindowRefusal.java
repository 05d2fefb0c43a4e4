package hallq.protocol;

/**
 * Why a window cannot do an operation in its state ({@link WindowOp#refusalIn}). The name is the error's
 * {@code reason} on the wire; each side words it its own way (the server's message, the pad's notice).
 */
public enum WindowRefusal {
    /** Closed: no clerk logged in where clerks log in. */
    LOGIN_REQUIRED(ErrorCode.FORBIDDEN),
    /** The window holds a ticket: finish, no-show or transfer it first. */
    TICKET_OPEN(ErrorCode.CONFLICT),
    /** Paused: resume first (or, for a pause, already paused). */
    PAUSED(ErrorCode.CONFLICT),
    NOT_PAUSED(ErrorCode.CONFLICT),
    /** The window holds no ticket to act on. */
    NO_TICKET(ErrorCode.CONFLICT),
    /** The ticket held is being served: it can no longer be recalled, started or marked a no-show. */
    WRONG_STATE(ErrorCode.CONFLICT);

    private final ErrorCode code;

    WindowRefusal(ErrorCode code) {
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
