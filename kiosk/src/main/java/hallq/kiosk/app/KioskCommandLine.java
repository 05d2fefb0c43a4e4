package hallq.kiosk.app;

import hallq.protocol.client.ServerAddress;
import hallq.terminal.cli.LanguageOption;
import hallq.terminal.cli.TerminalOptions;
import hallq.terminal.cli.WindowOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
                window.geometry());
    }
}
