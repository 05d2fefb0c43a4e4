package hallq.protocol;

/** The error codes of protocol section 4, and the HTTP status each maps to. */
public enum ErrorCode {
    BAD_REQUEST(400),
    UNKNOWN_OP(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    CLOSED(409),
    RATE_LIMITED(429),
    INTERNAL(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
