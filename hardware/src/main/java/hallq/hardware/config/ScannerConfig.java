package hallq.hardware.config;

import java.util.Locale;

/**
 * The 2D code scanner.
 *
 * @param model  free text for logs, e.g. "Newland FR40"
 * @param mode   {@code keyboard} (USB keyboard mode, read from its input device; default), {@code serial} (a line
 *               per code) or {@code simulated}
 * @param device keyboard: the input device, e.g. {@code /dev/input/by-id/usb-Newland_..._HID_KBW-event-kbd};
 *               serial: the port, e.g. {@code /dev/ttyACM0}
 * @param baud   serial only (default 9600)
 */
public record ScannerConfig(String model, String mode, String device, Integer baud) {
    public ScannerConfig {
        model = model == null ? "2D code scanner" : model;
        mode = mode == null ? "keyboard" : mode.trim().toLowerCase(Locale.ROOT);
        if (!mode.equals("keyboard") && !mode.equals("serial") && !mode.equals("simulated")) {
            throw new IllegalArgumentException("scanner mode must be keyboard, serial or simulated, was " + mode);
        }
        if (device == null && !mode.equals("simulated")) {
            throw new IllegalArgumentException("scanner needs its device, e.g. /dev/input/by-id/...-event-kbd");
        }
        baud = baud == null ? 9600 : baud;
    }
}
