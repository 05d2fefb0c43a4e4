package hallq.hardware.config;

import java.util.Locale;

/**
 * The resident ID card reader: a SAM module (GA 467) on a serial port.
 *
 * @param model  free text for logs, e.g. "华视 CVR-100UC"
 * @param link   {@code serial} (default) or {@code simulated} (a scriptable module speaking the same bytes)
 * @param device the port, e.g. {@code /dev/ttyUSB0} or {@code /dev/serial/by-id/usb-1a86_USB_Serial-if00-port0}
 * @param baud   115200 (the modules' default) or what the module was set to, e.g. 9600
 */
public record IdCardReaderConfig(String model, String link, String device, Integer baud) {
    public IdCardReaderConfig {
        model = model == null ? "SAM ID card reader" : model;
        link = link == null ? "serial" : link.trim().toLowerCase(Locale.ROOT);
        if (!link.equals("serial") && !link.equals("simulated")) {
            throw new IllegalArgumentException("idCardReader link must be serial or simulated, was " + link);
        }
        if (device == null && link.equals("serial")) {
            device = "/dev/ttyUSB0";
        }
        baud = baud == null ? 115200 : baud;
    }
}
