package hallq.pad.app;

import hallq.protocol.client.ServerAddress;
import hallq.protocol.terminal.WindowGeometry;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line, the same options as the kiosk's where they mean the same:
 * {@code --server URL --device ID --token SECRET [--devices FILE] [--lang zh|en] [--window WxH]}; the token may
 * also come from {@code --token-file} or the environment variable {@code HALLQ_PAD_TOKEN}.
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

    public static final String USAGE = String.join("\n",
            "usage: java -jar counter-pad.jar [--server HOST:PORT | --hall ID] --device ID --token TOKEN [options]",
            "  --server HOST:PORT   the queue server (or ws://HOST:PORT/ws); port 7700 when left out;",
            "                       without it the hall is found on the network by mDNS",
            "  --hall ID            with no --server: the hall id to look for when several halls answer",
            "  --device ID          this pad's device id in the hall file (role counter, e.g. pad-3)",
            "  --token TOKEN        its token (or --token-file FILE, or the environment variable " + TOKEN_ENV + ")",
            "  --devices FILE       the window's device file: keys, lamps, rating keys (default: touch only)",
            "  --lang zh|en         the pad's language (default zh)",
            "  --window WxH[+X+Y]   a window of that size (at that place) instead of full screen (trials, screenshots)");

    /** Thrown for --help: not an error, the usage is all that is wanted. */
    public static final class HelpAsked extends RuntimeException {
        public HelpAsked() {
            super("help", null, false, false);
        }
    }

    /** Thrown for a command line the pad cannot run with; the message says what is wrong. */
    public static final class BadOptions extends RuntimeException {
        public BadOptions(String message) {
            super(message);
        }
    }

    public static PadOptions parse(List<String> args) {
        return parse(args, System.getenv(TOKEN_ENV));
    }

    static PadOptions parse(List<String> args, String tokenFromEnvironment) {
        URI server = null;
        String hall = null;
        String device = null;
        String token = tokenFromEnvironment;
        Path devices = null;
        String language = "zh";
        int[] window = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help", "-h" -> throw new HelpAsked();
                case "--server" -> server = serverUri(value(args, ++i, a));
                case "--hall" -> hall = value(args, ++i, a);
                case "--device" -> device = value(args, ++i, a);
                case "--token" -> token = value(args, ++i, a);
                case "--token-file" -> token = readToken(Path.of(value(args, ++i, a)));
                case "--devices" -> devices = Path.of(value(args, ++i, a));
                case "--lang" -> language = language(value(args, ++i, a));
                case "--window" -> window = size(a, value(args, ++i, a));
                default -> throw new BadOptions("unknown option " + a);
            }
        }
        if (device == null || device.isBlank()) {
            throw new BadOptions("--device is required");
        }
        if (token == null || token.isBlank()) {
            throw new BadOptions("--token (or --token-file, or " + TOKEN_ENV + ") is required");
        }
        if (devices != null && !Files.isReadable(devices)) {
            throw new BadOptions("cannot read the device file " + devices);
        }
        ServerAddress where;
        try {
            where = new ServerAddress(server, hall);
        } catch (IllegalArgumentException e) {
            throw new BadOptions(e.getMessage());
        }
        return new PadOptions(where, device, token, devices, language, window);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new BadOptions(option + " needs a value");
        }
        return args.get(i);
    }

    static URI serverUri(String s) {
        try {
            return ServerAddress.webSocket(s);
        } catch (IllegalArgumentException e) {
            throw new BadOptions(e.getMessage());
        }
    }

    private static int[] size(String option, String v) {
        try {
            return WindowGeometry.parse(option, v);
        } catch (IllegalArgumentException e) {
            throw new BadOptions(e.getMessage());
        }
    }

    private static String language(String s) {
        if (!s.equals("zh") && !s.equals("en")) {
            throw new BadOptions("--lang is zh or en, not " + s);
        }
        return s;
    }

    private static String readToken(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new BadOptions("cannot read the token file " + file + ": " + e.getMessage());
        }
    }
}
