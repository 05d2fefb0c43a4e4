package hallq.hardware.idcard;

/**
 * A card read that failed, with its {@link IdCardFault}. The message says what went wrong with the bytes,
 * never what is on the card.
 */
public final class IdCardException extends Exception {
    private final IdCardFault fault;

    public IdCardException(IdCardFault fault, String message) {
        super(fault + ": " + message);
        this.fault = fault;
    }

    public IdCardException(IdCardFault fault, String message, Throwable cause) {
        super(fault + ": " + message, cause);
        this.fault = fault;
    }

    public IdCardFault fault() {
        return fault;
    }
}
