package hallq.hardware.board;

/** A device in the device file could not be set up on this board; the message says which and why. */
public class HardwareException extends RuntimeException {
    public HardwareException(String message, Throwable cause) {
        super(message, cause);
    }

    public HardwareException(String message) {
        super(message);
    }
}
