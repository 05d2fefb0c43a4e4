package hallq.terminal.cli;

import hallq.protocol.client.ServerAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every terminal has, written once (a picocli mixin: {@code @Mixin TerminalOptions terminal}): where
 * its hall is, who it is to the hall, which hardware it drives, and {@code --help}. The token's environment variable
 * is each terminal's own; its command names it in its footer.
 */
public final class TerminalOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--server", paramLabel = "HOST:PORT", description = "the queue server (or ws://HOST:PORT/ws, "
            + "http://HOST:PORT; port 7700 when left out); without it the hall is found on the network by mDNS")
    String server;

    @Option(names = "--hall", paramLabel = "ID",
            description = "with no --server: the hall id to look for when several halls answer")
    String hall;

    @Option(names = "--device", paramLabel = "ID", required = true,
            description = "this terminal's device id in the hall file")
    String device;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "its token (or in the environment, see below, to keep it out of the process list)")
    String token;

    @Option(names = "--devices", paramLabel = "FILE",
            description = "the node's device file: the hardware it drives (hardware/README.md)")
    Path devices;

    @Option(names = {"-h", "--help"}, usageHelp = true, order = 1000,
            description = "print these options and exit")
    boolean help;

    /** What these options say. */
    public record Values(ServerAddress server, String device, String token, Path devices) {
    }

    /**
     * @param otherToken the token when {@code --token} is not given (from the environment, say), or null
     * @param otherWays  where else the token may come from, for the message when there is none
     */
    public Values values(String otherToken, String otherWays) {
        if (device == null || device.isBlank()) {
            throw wrong("--device is required");
        }
        ServerAddress where;
        try {
            where = ServerAddress.of(server, hall);
        } catch (IllegalArgumentException e) {
            throw wrong(e.getMessage()); // it names the option
        }
        String t = token != null ? token : otherToken;
        if (t == null || t.isBlank()) {
            throw wrong("--token (or " + otherWays + ") is required");
        }
        if (devices != null && !Files.isReadable(devices)) {
            throw wrong("--devices: cannot read the device file " + devices);
        }
        return new Values(where, device, t, devices);
    }

    /** Whether {@code --token} was given (a terminal with another way to give it refuses both). */
    public boolean tokenGiven() {
        return token != null;
    }

    private ParameterException wrong(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
