package hallq.display.app;

import hallq.display.voice.VoiceSettings;
import hallq.protocol.client.ServerAddress;
import hallq.protocol.terminal.WindowGeometry;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command line of the caller display; {@code server} is a fixed address or the hall to find by mDNS;
 * {@code geometry} is the window's {@code [w, h]} or {@code [w, h, x, y]} from {@code --window WxH+X+Y}, or null
 * (half the layout's size).
 */
public record DisplayOptions(ServerAddress server, String device, String token, Path devices, Layout layout,
                             List<String> zones, VoiceSettings voice, boolean mute, boolean window,
                             List<String> windowStrips, int[] geometry) {
    public static final String USAGE = """
            usage: java -jar caller-display.jar [--server ws://HOST:7700/ws | --hall ID] --device ID [options]
              --server URI        the queue server (ws://host:port/ws, http://host:port or host:port);
                                  without it the hall is found on the network by mDNS
              --hall ID           with no --server: the hall id to look for when several halls answer
              --device ID         this display's device id in the hall file (role display)
              --token T           its token (default: the environment variable HALLQ_TOKEN)
              --devices FILE      this node's device file (hardware): the LED signs of the windows it drives
              --layout L          landscape (1920x1080, default) or portrait (1080x1920)
              --zones a,b         show only these zones (on top of the hall file's zones for the device)
              --repeats N         say each call N times (default 2)
              --volume V          0..1 (default 1)
              --quiet HH:MM-HH:MM quiet hours: nothing is said
              --timezone Z        the hall's time zone for the clock and quiet hours (default Asia/Shanghai)
              --clips DIR         the hall's own Mandarin clips (same names as the default set)
              --no-english        Mandarin only
              --mute              no sound at all
              --window [WxH+X+Y]  a window instead of full screen (of that size, at that place)
              --window-strips 1,2 drive simulated, logged 64x8 LED signs over these windows (trials)
              --help""";

    public static final class BadOptions extends Exception {
        BadOptions(String m) {
            super(m);
        }
    }

    public static final class HelpAsked extends Exception {
        HelpAsked() {
            super("help");
        }
    }

    public static DisplayOptions parse(List<String> args) throws BadOptions, HelpAsked {
        return parse(args, System.getenv());
    }

    public static DisplayOptions parse(List<String> args, Map<String, String> env) throws BadOptions, HelpAsked {
        String server = null;
        String hall = null;
        String device = null;
        String token = env.get("HALLQ_TOKEN");
        Path devices = null;
        Layout layout = Layout.LANDSCAPE;
        List<String> zones = new ArrayList<>();
        VoiceSettings v = VoiceSettings.DEFAULT;
        String tz = null;
        boolean mute = false;
        boolean window = false;
        int[] geometry = null;
        List<String> strips = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            try {
                switch (a) {
                    case "--help", "-h" -> throw new HelpAsked();
                    case "--server" -> server = value(args, ++i, a);
                    case "--hall" -> hall = value(args, ++i, a);
                    case "--device" -> device = value(args, ++i, a);
                    case "--token" -> token = value(args, ++i, a);
                    case "--devices" -> devices = Path.of(value(args, ++i, a));
                    case "--layout" -> layout = switch (value(args, ++i, a)) {
                        case "landscape" -> Layout.LANDSCAPE;
                        case "portrait" -> Layout.PORTRAIT;
                        default -> throw new BadOptions("--layout is landscape or portrait");
                    };
                    case "--zones" -> zones.addAll(Arrays.stream(value(args, ++i, a).split(","))
                            .map(String::trim).filter(s -> !s.isEmpty()).toList());
                    case "--repeats" -> v = v.withRepeats(Integer.parseInt(value(args, ++i, a)));
                    case "--volume" -> v = v.withVolume(Double.parseDouble(value(args, ++i, a)));
                    case "--quiet" -> {
                        String[] p = value(args, ++i, a).split("-");
                        if (p.length != 2) {
                            throw new BadOptions("--quiet is HH:MM-HH:MM");
                        }
                        v = v.withQuietHours(LocalTime.parse(p[0].trim()), LocalTime.parse(p[1].trim()));
                    }
                    case "--timezone" -> tz = value(args, ++i, a);
                    case "--clips" -> v = v.withClips(Path.of(value(args, ++i, a)));
                    case "--no-english" -> v = v.withEnglish(false);
                    case "--mute" -> mute = true;
                    case "--window" -> {
                        window = true;
                        if (i + 1 < args.size() && args.get(i + 1).matches("\\d.*")) {
                            geometry = geometry(a, args.get(++i));
                        }
                    }
                    case "--window-strips" -> strips.addAll(Arrays.stream(value(args, ++i, a).split(","))
                            .map(String::trim).filter(x -> !x.isEmpty()).toList());
                    default -> throw new BadOptions("unknown option " + a);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new BadOptions("bad value for " + a + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new BadOptions(a + ": " + e.getMessage());
            }
        }
        if (tz != null) {
            try {
                ZoneId z = ZoneId.of(tz);
                v = new VoiceSettings(v.repeats(), v.volume(), v.quietFrom(), v.quietTo(), z, v.clips(), v.english());
            } catch (java.time.DateTimeException e) {
                throw new BadOptions("unknown time zone " + tz);
            }
        }
        ServerAddress where;
        try {
            where = ServerAddress.of(server, hall);
        } catch (IllegalArgumentException e) {
            throw new BadOptions(e.getMessage());
        }
        if (device == null) {
            throw new BadOptions("--device is required");
        }
        if (token == null || token.isEmpty()) {
            throw new BadOptions("no token: --token or HALLQ_TOKEN");
        }
        return new DisplayOptions(where, device, token, devices, layout, List.copyOf(zones), v, mute, window,
                List.copyOf(strips), geometry);
    }

    private static int[] geometry(String option, String value) throws BadOptions {
        try {
            return WindowGeometry.parse(option, value);
        } catch (IllegalArgumentException e) {
            throw new BadOptions(e.getMessage()); // the message names the option already
        }
    }

    private static String value(List<String> args, int i, String name) throws BadOptions {
        if (i >= args.size()) {
            throw new BadOptions(name + " needs a value");
        }
        return args.get(i);
    }
}
