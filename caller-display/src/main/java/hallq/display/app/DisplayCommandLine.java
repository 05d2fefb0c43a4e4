package hallq.display.app;

import hallq.display.voice.VoiceSettings;
import hallq.protocol.terminal.WindowGeometry;
import hallq.terminal.cli.TerminalOptions;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The caller display's command line (picocli); {@link #call} makes its {@link DisplayOptions}. */
@Command(name = "caller-display", sortOptions = false, usageHelpWidth = 100,
        customSynopsis = "java -jar caller-display.jar [--server HOST:PORT | --hall ID] --device ID [--token T] "
                + "[options]",
        description = "The hall screen and its voice. Options:",
        footer = {"", "Environment:",
                "  " + DisplayOptions.TOKEN_ENV + "  the token, when --token is not given"})
final class DisplayCommandLine implements Callable<DisplayOptions> {
    @Spec
    CommandSpec command;

    @Mixin
    TerminalOptions terminal;

    @Option(names = "--layout", paramLabel = "L", converter = LayoutName.class,
            description = "landscape (1920x1080, default) or portrait (1080x1920)")
    Layout layout = Layout.LANDSCAPE;

    @Option(names = "--zones", paramLabel = "ZONE", split = ",",
            description = "show only these zones (on top of the hall file's zones for the device)")
    List<String> zones = new ArrayList<>();

    @Option(names = "--repeats", paramLabel = "N", description = "say each call N times (default 2)")
    Integer repeats;

    @Option(names = "--volume", paramLabel = "V", description = "0..1 (default 1)")
    Double volume;

    @Option(names = "--quiet", paramLabel = "HH:MM-HH:MM", description = "quiet hours: nothing is said")
    String quiet;

    @Option(names = "--timezone", paramLabel = "Z",
            description = "the hall's time zone for the clock and quiet hours (default Asia/Shanghai)")
    String timezone;

    @Option(names = "--clips", paramLabel = "DIR",
            description = "the hall's own Mandarin clips (same names as the default set)")
    Path clips;

    @Option(names = "--no-english", description = "Mandarin only")
    boolean noEnglish;

    @Option(names = "--mute", description = "no sound at all")
    boolean mute;

    @Option(names = "--window", paramLabel = "WxH+X+Y", arity = "0..1", fallbackValue = "",
            description = "a window instead of full screen (of that size, at that place; default half the layout)")
    String window;

    @Option(names = "--window-strips", paramLabel = "WINDOW", split = ",",
            description = "drive simulated, logged 64x8 LED signs over these windows (trials)")
    List<String> windowStrips = new ArrayList<>();

    private final String tokenFromEnvironment;

    DisplayCommandLine(String tokenFromEnvironment) {
        this.tokenFromEnvironment = tokenFromEnvironment;
    }

    @Override
    public DisplayOptions call() {
        int[] geometry = null;
        if (window != null && !window.isEmpty()) {
            try {
                geometry = WindowGeometry.parse("--window", window);
            } catch (IllegalArgumentException e) {
                throw wrong(e.getMessage()); // it names the option
            }
        }
        VoiceSettings voice = voice();
        TerminalOptions.Values t = terminal.values(tokenFromEnvironment, DisplayOptions.TOKEN_ENV);
        return new DisplayOptions(t.server(), t.device(), t.token(), t.devices(), layout, trimmed(zones), voice, mute,
                window != null, trimmed(windowStrips), geometry);
    }

    private VoiceSettings voice() {
        VoiceSettings v = VoiceSettings.DEFAULT;
        try {
            if (repeats != null) {
                v = v.withRepeats(repeats);
            }
        } catch (IllegalArgumentException e) {
            throw wrong("--repeats: " + e.getMessage());
        }
        try {
            if (volume != null) {
                v = v.withVolume(volume);
            }
        } catch (IllegalArgumentException e) {
            throw wrong("--volume: " + e.getMessage());
        }
        if (quiet != null) {
            String[] p = quiet.split("-");
            if (p.length != 2) {
                throw wrong("--quiet is HH:MM-HH:MM");
            }
            try {
                v = v.withQuietHours(LocalTime.parse(p[0].trim()), LocalTime.parse(p[1].trim()));
            } catch (DateTimeException e) {
                throw wrong("bad value for --quiet: " + e.getMessage());
            }
        }
        if (clips != null) {
            v = v.withClips(clips);
        }
        if (noEnglish) {
            v = v.withEnglish(false);
        }
        if (timezone != null) {
            try {
                ZoneId z = ZoneId.of(timezone);
                v = new VoiceSettings(v.repeats(), v.volume(), v.quietFrom(), v.quietTo(), z, v.clips(), v.english());
            } catch (DateTimeException e) {
                throw wrong("unknown time zone " + timezone);
            }
        }
        return v;
    }

    private static List<String> trimmed(List<String> values) {
        return values.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private ParameterException wrong(String message) {
        return new ParameterException(command.commandLine(), message);
    }

    /** landscape or portrait. */
    static final class LayoutName implements ITypeConverter<Layout> {
        @Override
        public Layout convert(String value) {
            return switch (value) {
                case "landscape" -> Layout.LANDSCAPE;
                case "portrait" -> Layout.PORTRAIT;
                default -> throw new TypeConversionException("landscape or portrait, not '" + value + "'");
            };
        }
    }
}
