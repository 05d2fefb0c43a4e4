package hallq.kiosk.app;

import hallq.hardware.config.IdCardReaderConfig;
import hallq.hardware.config.ScannerConfig;
import hallq.hardware.serial.SerialSettings;
import hallq.protocol.client.ServerAddress;
import hallq.terminal.cli.LanguageOption;
import hallq.terminal.cli.TerminalOptions;
import hallq.terminal.cli.WindowOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The kiosk's command line (picocli); {@link #call} makes its {@link KioskOptions}. */
@Command(name = "kiosk", sortOptions = false, usageHelpWidth = 100,
        customSynopsis = "java -jar kiosk.jar [--server HOST:PORT | --hall ID] --device ID [--token TOKEN] [options]",
        description = "The ticket kiosk. Options:",
        footer = {"", "Environment:",
                "  " + KioskCommandLine.TOKEN_ENV + "  the token, when --token is not given",
                "Without --devices the kiosk prints to a simulated printer (a PNG per ticket)."})
final class KioskCommandLine implements Callable<KioskOptions> {
    static final String TOKEN_ENV = "HALLQ_KIOSK_TOKEN";

    @Mixin
    TerminalOptions terminal;

    @Mixin
    LanguageOption language;

    @Option(names = "--status-base", paramLabel = "URL",
            description = "base of the ticket QR code's link (default http://HOST:PORT of --server)")
    String statusBase;

    @Mixin
    WindowOption window;

    // readers: the card reader and the code scanner, over the device file's
    @Option(names = "--card-reader", paramLabel = "PORT",
            description = "the ID card reader's serial port (SAM module), e.g. /dev/ttyUSB0, or 'simulated'")
    String cardReader;

    @Option(names = "--card-reader-baud", paramLabel = "N",
            description = "its baud rate: 115200 (default) or 9600, 19200, 38400, 57600")
    Integer cardReaderBaud;

    @Option(names = "--scanner", paramLabel = "DEVICE",
            description = "the code scanner: its input device in keyboard mode (/dev/input/by-id/...-event-kbd), "
                    + "a serial port in serial mode (e.g. /dev/ttyACM0), or 'simulated'")
    String scanner;

    @Option(names = "--scanner-baud", paramLabel = "N", description = "a serial scanner's baud rate (default 9600)")
    Integer scannerBaud;

    @Spec
    CommandSpec spec;

    private final String tokenFromEnvironment;

    KioskCommandLine(String tokenFromEnvironment) {
        this.tokenFromEnvironment = tokenFromEnvironment;
    }

    @Override
    public KioskOptions call() {
        TerminalOptions.Values t = terminal.values(tokenFromEnvironment, TOKEN_ENV);
        String base = statusBase;
        if (base == null && !t.server().discovered()) {
            base = ServerAddress.httpBase(t.server().fixed());
        }
        return new KioskOptions(t.server(), t.device(), t.token(), t.devices(), language.language(), base,
                window.geometry(), cardReader(), scanner());
    }

    private IdCardReaderConfig cardReader() {
        if (cardReader == null) {
            if (cardReaderBaud != null) {
                throw new ParameterException(spec.commandLine(), "--card-reader-baud needs --card-reader");
            }
            return null;
        }
        boolean simulated = cardReader.equals("simulated");
        int baud = cardReaderBaud == null ? 115200 : cardReaderBaud;
        if (!SerialSettings.BAUDS.contains(baud)) {
            throw new ParameterException(spec.commandLine(), "--card-reader-baud must be one of 9600, 19200, "
                    + "38400, 57600, 115200");
        }
        return new IdCardReaderConfig(null, simulated ? "simulated" : "serial", simulated ? null : cardReader, baud);
    }

    /** The mode follows the device: an input device is keyboard mode, anything else a serial port. */
    private ScannerConfig scanner() {
        if (scanner == null) {
            if (scannerBaud != null) {
                throw new ParameterException(spec.commandLine(), "--scanner-baud needs --scanner");
            }
            return null;
        }
        if (scanner.equals("simulated")) {
            return new ScannerConfig(null, "simulated", null, null);
        }
        boolean keyboard = scanner.startsWith("/dev/input/");
        if (keyboard && scannerBaud != null) {
            throw new ParameterException(spec.commandLine(), "--scanner-baud is for a serial scanner, not "
                    + "an input device");
        }
        int baud = scannerBaud == null ? 9600 : scannerBaud;
        if (!SerialSettings.BAUDS.contains(baud)) {
            throw new ParameterException(spec.commandLine(), "--scanner-baud must be one of 9600, 19200, "
                    + "38400, 57600, 115200");
        }
        return new ScannerConfig(null, keyboard ? "keyboard" : "serial", scanner, baud);
    }
}
