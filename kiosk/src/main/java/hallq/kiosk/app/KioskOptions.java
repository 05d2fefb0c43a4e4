package hallq.kiosk.app;

import hallq.hardware.config.IdCardReaderConfig;
import hallq.hardware.config.ScannerConfig;
import hallq.protocol.client.ServerAddress;
import hallq.terminal.cli.CommandLines;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The kiosk's start-up options, as its command line ({@link KioskCommandLine}) gives them.
 *
 * @param server     the queue server's WebSocket, e.g. {@code ws://10.0.0.2:7700/ws}, or the hall to find by mDNS
 * @param statusBase where the QR code's status link points, e.g. {@code http://10.0.0.2:7700}; null: the server's
 *                   own address, once known
 * @param devices    the node's device file (printer, green-channel key); null: a simulated printer
 * @param window     {@code [w, h]} or {@code [w, h, x, y]} for a window instead of full screen; null: full screen
 * @param cardReader the ID card reader given on the command line, over the device file's; null: the file's, if any
 * @param scanner    the code scanner given on the command line, over the device file's; null: the file's, if any
 */
public record KioskOptions(ServerAddress server, String device, String token, Path devices, Locale language,
                           String statusBase, int[] window,
                           // readers: the card reader and the code scanner
                           IdCardReaderConfig cardReader, ScannerConfig scanner) {

    /** The options of a command line, the token from {@code HALLQ_KIOSK_TOKEN} unless given. */
    public static KioskOptions parse(List<String> args) {
        return parse(args, System.getenv(KioskCommandLine.TOKEN_ENV));
    }

    /** @throws picocli.CommandLine.ParameterException saying what is wrong */
    static KioskOptions parse(List<String> args, String tokenFromEnvironment) {
        return CommandLines.parse(new KioskCommandLine(tokenFromEnvironment), args);
    }
}
