package hallq.server.queue;

import hallq.protocol.ErrorCode;

/**
 * A refused operation. Thrown before anything is changed, so a refusal never leaves a half-done state.
 * {@code reason} is a stable machine word (e.g. {@code DAILY_CAP}) a terminal can turn into its own text.
 */
public final class HallException extends RuntimeException {
    private final ErrorCode code;
    private final String reason;

    public HallException(ErrorCode code, String message) {
        this(code, null, message);
    }

    public HallException(ErrorCode code, String reason, String message) {
        super(message, null, false, false);
        this.code = code;
        this.reason = reason;
    }

    public ErrorCode code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
