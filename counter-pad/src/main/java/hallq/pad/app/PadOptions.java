package hallq.pad.app;

import hallq.protocol.client.ServerAddress;
import hallq.terminal.cli.CommandLines;
import java.nio.file.Path;
import java.util.List;

/**
 * The pad's start-up options, as its command line ({@link PadCommandLine}) gives them; the same options as the
 * kiosk's where they mean the same.
 *
 * @param server     the queue server's WebSocket, e.g. {@code ws://10.0.0.2:7700/ws} ({@code http://} and a bare
 *                   {@code host:port} are accepted and turned into that), or the hall to find by mDNS
 * @param device     this pad's device id in the hall file (e.g. {@code pad-3})
 * @param token      its token
 * @param devices    the window's device file (keys, lamps, rating keys), or null for a pad with none
 * @param language   {@code zh} (default) or {@code en}
 * @param window     {@code [w, h]} or {@code [w, h, x, y]} for a window of that size (at that place); null: full
 *                   screen (the Pi)
 */
public record PadOptions(ServerAddress server, String device, String token, Path devices, String language, int[] window) {

    public static final String TOKEN_ENV = "HALLQ_PAD_TOKEN";

    /** The options of a command line, the token from {@code HALLQ_PAD_TOKEN} unless given. */
    public static PadOptions parse(List<String> args) {
        return parse(args, System.getenv(TOKEN_ENV));
    }

    /** @throws picocli.CommandLine.ParameterException saying what is wrong */
    static PadOptions parse(List<String> args, String tokenFromEnvironment) {
        return CommandLines.parse(new PadCommandLine(tokenFromEnvironment), args);
    }
}
