package hallq.protocol.message;

import hallq.protocol.ErrorCode;

/**
 * The server said no: the error of a reply (contract section 4), with its code, the reason where it gives one
 * ({@code TOO_LONG}, {@code LOCKED}, a {@link hallq.protocol.WindowRefusal}'s name...) and its message.
 */
public final class Refused extends Exception {
    private final ErrorCode code;
    private final String reason;

    public Refused(ErrorCode code, String reason, String message) {
        super(message);
        this.code = code;
        this.reason = reason;
    }

    public ErrorCode code() {
        return code;
    }

    /** The reason, or null. */
    public String reason() {
        return reason;
    }

    public boolean is(ErrorCode c, String r) {
        return code == c && r.equals(reason);
    }

    @Override
    public String toString() {
        return code + (reason == null ? "" : " " + reason) + ": " + getMessage();
    }
}
