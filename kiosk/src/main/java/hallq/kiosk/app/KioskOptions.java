package hallq.kiosk.app;

import hallq.kiosk.i18n.Texts;
import hallq.protocol.client.ServerAddress;
import hallq.protocol.terminal.WindowGeometry;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The kiosk's start-up options.
 *
 * @param server     the queue server's WebSocket, e.g. {@code ws://10.0.0.2:7700/ws}, or the hall to find by mDNS
 * @param statusBase where the QR code's status link points, e.g. {@code http://10.0.0.2:7700}; null: the server's
 *                   own address, once known
 * @param devices    the node's device file (printer, green-channel key); null: a simulated printer
 * @param window     {@code [w, h]} or {@code [w, h, x, y]} for a window instead of full screen; null: full screen
 */
public record KioskOptions(ServerAddress server, String device, String token, Path devices, Locale language,
                           String statusBase, int[] window) {

    public static final String USAGE = String.join("\n",
            "usage: java -jar kiosk.jar [--server HOST:PORT | --hall ID] --device ID --token TOKEN [options]",
            "  --server HOST:PORT   the queue server (or ws://HOST:PORT/ws); without it the hall is found by mDNS",
            "  --hall ID            with no --server: the hall id to look for when several halls answer",
            "  --device ID          this kiosk's device id in the hall file (role kiosk)",
            "  --token TOKEN        its token (or the environment variable HALLQ_KIOSK_TOKEN)",
            "  --devices FILE       the device file: printer, green-channel key (default: a simulated printer)",
            "  --lang zh|en         the language each citizen starts with (default zh)",
            "  --status-base URL    base of the ticket QR code's link (default http://HOST:PORT)",
            "  --window WxH[+X+Y]   a window of that size (at that place) instead of full screen (trials, screenshots)");

    public static KioskOptions parse(List<String> args) {
        String server = null;
        String hall = null;
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
                case "--hall" -> hall = v;
                case "--device" -> device = v;
                case "--token" -> token = v;
                case "--devices" -> devices = Path.of(v);
                case "--lang" -> language = switch (v.toLowerCase(Locale.ROOT)) {
                    case "zh", "zh_cn", "zh-cn" -> Texts.CHINESE;
                    case "en" -> Texts.ENGLISH;
                    default -> throw new IllegalArgumentException("--lang is zh or en, not " + v);
                };
                case "--status-base" -> statusBase = v;
                case "--window" -> window = WindowGeometry.parse(a, v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (device == null) {
            throw new IllegalArgumentException("--device is required");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--token (or HALLQ_KIOSK_TOKEN) is required");
        }
        ServerAddress where = ServerAddress.of(server, hall);
        if (statusBase == null && !where.discovered()) {
            statusBase = ServerAddress.httpBase(where.fixed());
        }
        return new KioskOptions(where, device, token, devices, language, statusBase, window);
    }
}
