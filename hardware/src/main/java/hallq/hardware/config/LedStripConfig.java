package hallq.hardware.config;

import java.time.Duration;
import java.util.Locale;

/**
 * The window's LED sign: MAX7219 8×8 modules chained on one SPI bus.
 *
 * @param provider     Pi4J SPI provider family: {@code linuxfs} (default), {@code pigpio}, {@code mock}
 * @param spiBus       SPI bus (default 0 = /dev/spidev0.x)
 * @param chipSelect   chip select (default 0)
 * @param baud         SPI clock in Hz (default 1 MHz; MAX7219 allows 10 MHz)
 * @param modulesWide  modules per row (default 8)
 * @param modulesHigh  rows of modules (default 1; use 2 for legible Chinese, 16 px)
 * @param chainStartsAt module wired to the Pi: {@code top-right} (FC-16 boards, default) or {@code top-left};
 *                      every row runs in the same direction, rows follow top to bottom
 * @param orientation  how a module maps its registers to pixels (see {@code ModuleOrientation}), default rows-msb-left
 * @param brightness   0..15 (default 6)
 * @param scrollStepMs time per one-pixel scroll step (default 40)
 */
public record LedStripConfig(String provider, Integer spiBus, Integer chipSelect, Integer baud,
                             Integer modulesWide, Integer modulesHigh, String chainStartsAt, String orientation,
                             Integer brightness, Integer scrollStepMs) {
    public LedStripConfig {
        provider = provider == null || provider.isBlank() ? "linuxfs" : provider.trim();
        spiBus = spiBus == null ? 0 : spiBus;
        chipSelect = chipSelect == null ? 0 : chipSelect;
        baud = baud == null ? 1_000_000 : baud;
        modulesWide = modulesWide == null ? 8 : modulesWide;
        modulesHigh = modulesHigh == null ? 1 : modulesHigh;
        if (modulesWide < 1 || modulesHigh < 1) {
            throw new IllegalArgumentException("ledStrip needs at least one module");
        }
        chainStartsAt = chainStartsAt == null ? "top-right" : chainStartsAt.trim().toLowerCase(Locale.ROOT);
        orientation = orientation == null ? "rows-msb-left" : orientation.trim().toLowerCase(Locale.ROOT);
        if (!java.util.Set.of("top-left", "top-right").contains(chainStartsAt)) {
            throw new IllegalArgumentException("ledStrip chainStartsAt must be top-left or top-right, was " + chainStartsAt);
        }
        if (!java.util.Set.of("rows-msb-left", "rows-lsb-left", "columns-msb-top", "columns-lsb-top").contains(orientation)) {
            throw new IllegalArgumentException("ledStrip orientation must be rows-msb-left, rows-lsb-left, "
                    + "columns-msb-top or columns-lsb-top, was " + orientation);
        }
        brightness = brightness == null ? 6 : brightness;
        if (brightness < 0 || brightness > 15) {
            throw new IllegalArgumentException("ledStrip brightness must be 0..15, was " + brightness);
        }
        scrollStepMs = scrollStepMs == null ? 40 : scrollStepMs;
    }

    public String spiProviderId() {
        return provider + "-spi";
    }

    /** {@code spidev<bus>.<chip select>}, as Linux names the device. */
    public String spiDeviceName() {
        return "spidev" + spiBus + "." + chipSelect;
    }

    public Duration scrollStep() {
        return Duration.ofMillis(scrollStepMs);
    }
}
