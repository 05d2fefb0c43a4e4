package hallq.hardware.config;

/** A device file that cannot be read or does not make sense; the message names the file and the problem. */
public class DeviceFileException extends RuntimeException {
    public DeviceFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeviceFileException(String message) {
        super(message);
    }
}
