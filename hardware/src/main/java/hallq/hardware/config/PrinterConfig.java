package hallq.hardware.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The ESC/POS ticket printer.
 *
 * @param model           free text for logs, e.g. "Xprinter XP-58IIH"
 * @param link            {@code usb} (a printer device file such as /dev/usb/lp0), {@code serial}
 *                        (a tty such as /dev/serial0, set up with stty) or {@code simulated}
 * @param device          the device file
 * @param baud            serial only (default 9600)
 * @param paperWidthMm    58 or 80 (default 80)
 * @param qr              {@code native} (printer's GS ( k command, default) or {@code raster}
 *                        (ZXing-drawn image, for printers without a QR command)
 * @param readStatus      ask the printer for its status (DLE EOT) before each ticket (default true;
 *                        turn off for one-way links)
 * @param statusTimeoutMs wait for each status byte (default 500)
 * @param outputFolder    where the simulated printer writes PNG + raw bytes (default tmp/hallq-printer)
 */
public record PrinterConfig(String model, String link, String device, Integer baud, Integer paperWidthMm,
                            String qr, Boolean readStatus, Integer statusTimeoutMs, String outputFolder) {
    public PrinterConfig {
        model = model == null ? "ESC/POS printer" : model;
        link = link == null ? "usb" : link.trim().toLowerCase(Locale.ROOT);
        if (!link.equals("usb") && !link.equals("serial") && !link.equals("simulated")) {
            throw new IllegalArgumentException("printer link must be usb, serial or simulated, was " + link);
        }
        if (device == null && !link.equals("simulated")) {
            device = link.equals("usb") ? "/dev/usb/lp0" : "/dev/serial0";
        }
        baud = baud == null ? 9600 : baud;
        paperWidthMm = paperWidthMm == null ? 80 : paperWidthMm;
        if (paperWidthMm != 58 && paperWidthMm != 80) {
            throw new IllegalArgumentException("paperWidthMm must be 58 or 80, was " + paperWidthMm);
        }
        qr = qr == null ? "native" : qr.trim().toLowerCase(Locale.ROOT);
        if (!qr.equals("native") && !qr.equals("raster")) {
            throw new IllegalArgumentException("printer qr must be native or raster, was " + qr);
        }
        readStatus = readStatus == null ? Boolean.TRUE : readStatus;
        statusTimeoutMs = statusTimeoutMs == null ? 500 : statusTimeoutMs;
    }

    public Duration statusTimeout() {
        return Duration.ofMillis(statusTimeoutMs);
    }

    public Path outputFolderPath() {
        return outputFolder != null ? Path.of(outputFolder)
                : Path.of(System.getProperty("java.io.tmpdir"), "hallq-printer");
    }
}
