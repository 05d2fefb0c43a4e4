package hallq.pad.i18n;

import hallq.pad.clerk.Notice;
import hallq.protocol.CounterState;
import hallq.protocol.Outcome;
import hallq.protocol.hall.Zone;
import hallq.terminal.i18n.Words;
import java.util.List;
import java.util.Locale;

/**
 * The pad's words, from {@code hallq/pad/i18n/messages_*.properties} (UTF-8): Chinese first, English for
 * halls that want it. Also names the things the model hands over as values (zones, outcomes, durations).
 */
public final class Texts {
    public static final Locale CHINESE = Words.CHINESE;
    private static final String BUNDLE = "hallq.pad.i18n.messages";

    /** The bundle, read as every terminal reads its words (no fallback to the machine's locale). */
    private final Words words;

    private Texts(Locale locale) {
        this.words = Words.load(BUNDLE, locale);
    }

    /** {@code en} for English; anything else is Chinese. */
    public static Texts forLanguage(String language) {
        return new Texts(Words.language(language));
    }

    public Locale locale() {
        return words.locale();
    }

    public boolean isEnglish() {
        return words.isEnglish();
    }

    public boolean has(String key) {
        return words.has(key);
    }

    /** The text for {@code key}, with {@code {0}}-style arguments named by {@link #word}. */
    public String get(String key, Object... args) {
        if (!words.has(key)) {
            return key; // visible, and a test checks both bundles have every key the code uses
        }
        Object[] named = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            named[i] = word(args[i]);
        }
        return words.text(key, named);
    }

    /** A value in the pad's language: a zone by its name, an outcome by its label, other values as they are. */
    public String word(Object value) {
        if (value instanceof Zone z) {
            return isEnglish() && z.nameEn() != null ? z.nameEn() : z.name();
        }
        if (value instanceof Outcome o) {
            return get("outcome." + o.wire());
        }
        if (value instanceof CounterState s) {
            return get("state." + s.wire());
        }
        return value == null ? "" : value.toString();
    }

    public String notice(Notice n) {
        if (has(n.key())) {
            return get(n.key(), n.args().toArray());
        }
        return n.detail() != null ? get("error.generic", n.detail()) : n.key();
    }

    /** 12分05秒, 1小时02分 / 12 min 05 s. */
    public String duration(long seconds) {
        long s = Math.max(0, seconds);
        if (s >= 3600) {
            return get("duration.hm", s / 3600, String.format("%02d", (s % 3600) / 60));
        }
        if (s >= 60) {
            return get("duration.ms", s / 60, String.format("%02d", s % 60));
        }
        return get("duration.s", s);
    }

    /** The pause reasons offered on the pause sheet. */
    public List<String> pauseReasons() {
        return List.of(get("pause.reasons").split("\\|"));
    }
}
