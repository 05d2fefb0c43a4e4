package hallq.kiosk.app;

import hallq.kiosk.i18n.Texts;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The kiosk's start-up options.
 *
 * @param server     the queue server's WebSocket, e.g. {@code ws://10.0.0.2:7700/ws}
 * @param statusBase where the QR code's status link points, e.g. {@code http://10.0.0.2:7700}
 * @param devices    the node's device file (printer, green-channel key); null: a simulated printer
 * @param window     {@code [w, h]} for a window instead of full screen; null: full screen
 */
public record KioskOptions(URI server, String device, String token, Path devices, Locale language,
                           String statusBase, int[] window) {

    public static final String USAGE = String.join("\n",
            "usage: java -jar kiosk.jar --server HOST:PORT --device ID --token TOKEN [options]",
            "  --server HOST:PORT   the queue server (or ws://HOST:PORT/ws); discovery will make it optional",
            "  --device ID          this kiosk's device id in the hall file (role kiosk)",
            "  --token TOKEN        its token (or the environment variable HALLQ_KIOSK_TOKEN)",
            "  --devices FILE       the device file: printer, green-channel key (default: a simulated printer)",
            "  --lang zh|en         the language each citizen starts with (default zh)",
            "  --status-base URL    base of the ticket QR code's link (default http://HOST:PORT)",
            "  --window WxH         a window of that size instead of full screen (trials, screenshots)");

    public static KioskOptions parse(List<String> args) {
        String server = null;
        String device = null;
        String token = System.getenv("HALLQ_KIOSK_TOKEN");
        Path devices = null;
        Locale language = Texts.CHINESE;
        String statusBase = null;
        int[] window = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException("help");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("missing value after " + a);
            }
            String v = args.get(++i);
            switch (a) {
                case "--server" -> server = v;
                case "--device" -> device = v;
                case "--token" -> token = v;
                case "--devices" -> devices = Path.of(v);
                case "--lang" -> language = switch (v.toLowerCase(Locale.ROOT)) {
                    case "zh", "zh_cn", "zh-cn" -> Texts.CHINESE;
                    case "en" -> Texts.ENGLISH;
                    default -> throw new IllegalArgumentException("--lang is zh or en, not " + v);
                };
                case "--status-base" -> statusBase = v;
                case "--window" -> window = size(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (server == null) {
            throw new IllegalArgumentException("--server is required (discovery of the server is not built yet)");
        }
        if (device == null) {
            throw new IllegalArgumentException("--device is required");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--token (or HALLQ_KIOSK_TOKEN) is required");
        }
        URI ws = webSocket(server);
        if (statusBase == null) {
            statusBase = "http://" + ws.getAuthority();
        }
        return new KioskOptions(ws, device, token, devices, language, statusBase, window);
    }

    static URI webSocket(String server) {
        String s = server.contains("://") ? server : "ws://" + server;
        URI u = URI.create(s);
        if (u.getHost() == null) {
            throw new IllegalArgumentException("--server wants HOST:PORT, not " + server);
        }
        if (u.getPath() == null || u.getPath().isEmpty() || u.getPath().equals("/")) {
            u = URI.create(u.getScheme() + "://" + u.getAuthority() + "/ws");
        }
        return u;
    }

    private static int[] size(String v) {
        String[] p = v.toLowerCase(Locale.ROOT).split("x");
        try {
            int[] wh = {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
            if (p.length == 2 && wh[0] > 0 && wh[1] > 0) {
                return wh;
            }
        } catch (RuntimeException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--window wants WIDTHxHEIGHT, e.g. 800x480, not " + v);
    }
}
