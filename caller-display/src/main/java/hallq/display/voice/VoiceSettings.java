package hallq.display.voice;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * How the announcer speaks.
 *
 * @param repeats    how many times each call is said (Mandarin then English each time); default 2
 * @param volume     0..1, applied to everything it plays
 * @param quietFrom  start of quiet hours (nothing is said), or null for none
 * @param quietTo    end of quiet hours
 * @param zone       the hall's time zone, for quiet hours
 * @param clips      a folder of the hall's own Mandarin clips, or null for the default set
 * @param english    whether to say the English sentence
 */
public record VoiceSettings(int repeats, double volume, LocalTime quietFrom, LocalTime quietTo, ZoneId zone,
                            Path clips, boolean english) {
    public static final VoiceSettings DEFAULT = new VoiceSettings(2, 1.0, null, null, ZoneId.of("Asia/Shanghai"),
            null, true);

    public VoiceSettings {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1");
        }
        if (volume < 0 || volume > 1) {
            throw new IllegalArgumentException("volume must be between 0 and 1");
        }
        if ((quietFrom == null) != (quietTo == null)) {
            throw new IllegalArgumentException("quiet hours need both ends");
        }
    }

    public boolean quietAt(LocalTime t) {
        if (quietFrom == null || quietFrom.equals(quietTo)) {
            return false;
        }
        return quietFrom.isBefore(quietTo)
                ? !t.isBefore(quietFrom) && t.isBefore(quietTo)
                : !t.isBefore(quietFrom) || t.isBefore(quietTo); // over midnight
    }

    public VoiceSettings withRepeats(int r) {
        return new VoiceSettings(r, volume, quietFrom, quietTo, zone, clips, english);
    }

    public VoiceSettings withVolume(double v) {
        return new VoiceSettings(repeats, v, quietFrom, quietTo, zone, clips, english);
    }

    public VoiceSettings withQuietHours(LocalTime from, LocalTime to) {
        return new VoiceSettings(repeats, volume, from, to, zone, clips, english);
    }

    public VoiceSettings withClips(Path folder) {
        return new VoiceSettings(repeats, volume, quietFrom, quietTo, zone, folder, english);
    }

    public VoiceSettings withEnglish(boolean on) {
        return new VoiceSettings(repeats, volume, quietFrom, quietTo, zone, clips, on);
    }
}
