package hallq.hardware.serial;

import java.util.Set;

/**
 * A serial port as a device file names it: the port (e.g. {@code /dev/ttyUSB0}, or a stable
 * {@code /dev/serial/by-id/usb-1a86_USB_Serial-if00-port0}) and its baud rate, 8N1 without flow control, which is
 * what ID card modules and scanners speak.
 */
public record SerialSettings(String port, int baud) {
    /** The rates the SAM modules and the common scanners are set to. */
    public static final Set<Integer> BAUDS = Set.of(9600, 19200, 38400, 57600, 115200);

    public SerialSettings {
        if (port == null || port.isBlank()) {
            throw new IllegalArgumentException("a serial device needs its port, e.g. /dev/ttyUSB0");
        }
        if (!BAUDS.contains(baud)) {
            throw new IllegalArgumentException("baud must be one of 9600, 19200, 38400, 57600, 115200, was " + baud);
        }
    }

    @Override
    public String toString() {
        return port + " at " + baud;
    }
}
