package hallq.hardware.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One node's device file: which pins, serial device, SPI bus and printer the node has.
 * Loaded from YAML by {@link DeviceFileLoader}; sections a node lacks are simply absent.
 *
 * @param node     node name, used in log lines (e.g. "counter-07")
 * @param platform {@code auto} (detect the board), {@code pi} or {@code simulated}
 * @param gpio     which Pi4J provider family drives the pins
 * @param buttons  named buttons, e.g. "call-next"
 * @param lamps    named lamps, e.g. "call-light"
 * @param rating   the 好差评 evaluator keys, or null
 * @param printer  the ticket printer, or null
 * @param ledStrip the window's LED sign, or null (also read as {@code ledSign:})
 * @param windowSigns LED signs this node drives for windows, by window (counter) id: a caller display's, wired
 *                    to the signs over the windows whose pads do not drive their own
 * @param idCardReader the kiosk's resident ID card reader, or null
 * @param scanner  the kiosk's 2D code scanner, or null
 */
public record DeviceFile(
        String node,
        PlatformChoice platform,
        GpioConfig gpio,
        Map<String, ButtonConfig> buttons,
        Map<String, LampConfig> lamps,
        RatingConfig rating,
        PrinterConfig printer,
        @com.fasterxml.jackson.annotation.JsonAlias("ledSign") LedStripConfig ledStrip,
        Map<String, LedStripConfig> windowSigns,
        // readers: the kiosk's card reader and code scanner
        IdCardReaderConfig idCardReader,
        ScannerConfig scanner) {

    public DeviceFile {
        node = node == null || node.isBlank() ? "node" : node;
        platform = platform == null ? PlatformChoice.AUTO : platform;
        gpio = gpio == null ? new GpioConfig(null) : gpio;
        buttons = buttons == null ? Map.of() : unmodifiableCopy(buttons);
        lamps = lamps == null ? Map.of() : unmodifiableCopy(lamps);
        windowSigns = windowSigns == null ? Map.of() : unmodifiableCopy(windowSigns);
    }

    public Optional<RatingConfig> ratingConfig() {
        return Optional.ofNullable(rating);
    }

    public Optional<PrinterConfig> printerConfig() {
        return Optional.ofNullable(printer);
    }

    public Optional<LedStripConfig> ledStripConfig() {
        return Optional.ofNullable(ledStrip);
    }

    public Optional<IdCardReaderConfig> idCardReaderConfig() {
        return Optional.ofNullable(idCardReader);
    }

    public Optional<ScannerConfig> scannerConfig() {
        return Optional.ofNullable(scanner);
    }

    // Keeps the YAML order so logs and key bindings list devices as the file does.
    private static <V> Map<String, V> unmodifiableCopy(Map<String, V> source) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    /** Which kind of devices to build. */
    public enum PlatformChoice {
        AUTO, PI, SIMULATED;

        @com.fasterxml.jackson.annotation.JsonCreator
        static PlatformChoice parse(String text) {
            return PlatformChoice.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
