package hallq.display.app;

import hallq.display.voice.VoiceSettings;
import hallq.protocol.client.ServerAddress;
import hallq.terminal.cli.CommandLines;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The caller display's start-up options, as its command line ({@link DisplayCommandLine}) gives them; {@code server}
 * is a fixed address or the hall to find by mDNS; {@code geometry} is the window's {@code [w, h]} or
 * {@code [w, h, x, y]} from {@code --window WxH+X+Y}, or null (half the layout's size).
 */
public record DisplayOptions(ServerAddress server, String device, String token, Path devices, Layout layout,
                             List<String> zones, VoiceSettings voice, boolean mute, boolean window,
                             List<String> windowStrips, int[] geometry) {
    public static final String TOKEN_ENV = "HALLQ_TOKEN";

    /** The options of a command line, the token from {@code HALLQ_TOKEN} unless given. */
    public static DisplayOptions parse(List<String> args) {
        return parse(args, System.getenv());
    }

    /** @throws picocli.CommandLine.ParameterException saying what is wrong */
    public static DisplayOptions parse(List<String> args, Map<String, String> env) {
        return CommandLines.parse(new DisplayCommandLine(env.get(TOKEN_ENV)), args);
    }
}
