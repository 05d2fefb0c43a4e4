package hallq.pad.app;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line:
 * {@code --server URL --device ID (--token SECRET | --token-file FILE) [--devices FILE] [--lang zh|en] [--fullscreen]}.
 *
 * @param server     the queue server's WebSocket, e.g. {@code ws://10.0.0.2:7700/ws}; {@code http://} and a bare
 *                   {@code host:port} are accepted and turned into that
 * @param device     this pad's device id in the hall file (e.g. {@code pad-3})
 * @param token      its token
 * @param devices    the window's device file (keys, lamps, rating keys), or null for a pad with none
 * @param language   {@code zh} (default) or {@code en}
 * @param fullscreen take the whole screen (on the Pi)
 */
public record PadOptions(URI server, String device, String token, Path devices, String language, boolean fullscreen) {

    public static final String USAGE = """
            usage: java -jar counter-pad.jar --server ws://HOST:7700/ws --device pad-3 --token SECRET
                   [--token-file FILE] [--devices counter-pad.yaml] [--lang zh|en] [--fullscreen]""";

    /** Thrown for a command line the pad cannot run with; the message says what is wrong. */
    public static final class BadOptions extends RuntimeException {
        public BadOptions(String message) {
            super(message);
        }
    }

    public static PadOptions parse(List<String> args) {
        URI server = null;
        String device = null;
        String token = null;
        Path devices = null;
        String language = "zh";
        boolean fullscreen = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--server" -> server = serverUri(value(args, ++i, a));
                case "--device" -> device = value(args, ++i, a);
                case "--token" -> token = value(args, ++i, a);
                case "--token-file" -> token = readToken(Path.of(value(args, ++i, a)));
                case "--devices" -> devices = Path.of(value(args, ++i, a));
                case "--lang" -> language = language(value(args, ++i, a));
                case "--fullscreen" -> fullscreen = true;
                default -> throw new BadOptions("unknown option " + a);
            }
        }
        if (server == null) {
            throw new BadOptions("--server is required");
        }
        if (device == null || device.isBlank()) {
            throw new BadOptions("--device is required");
        }
        if (token == null || token.isBlank()) {
            throw new BadOptions("--token or --token-file is required");
        }
        if (devices != null && !Files.isReadable(devices)) {
            throw new BadOptions("cannot read the device file " + devices);
        }
        return new PadOptions(server, device, token, devices, language, fullscreen);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new BadOptions(option + " needs a value");
        }
        return args.get(i);
    }

    static URI serverUri(String s) {
        String t = s.strip();
        if (t.startsWith("http://")) {
            t = "ws://" + t.substring(7);
        } else if (t.startsWith("https://")) {
            t = "wss://" + t.substring(8);
        } else if (!t.startsWith("ws://") && !t.startsWith("wss://")) {
            t = "ws://" + t;
        }
        URI u;
        try {
            u = URI.create(t);
        } catch (IllegalArgumentException e) {
            throw new BadOptions("--server " + s + " is not a URL");
        }
        if (u.getHost() == null) {
            throw new BadOptions("--server " + s + " names no host");
        }
        if (u.getPort() < 0) {
            u = URI.create(u.getScheme() + "://" + u.getHost() + ":7700" + (u.getRawPath() == null ? "" : u.getRawPath()));
        }
        return u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/") ? u.resolve("/ws") : u;
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
