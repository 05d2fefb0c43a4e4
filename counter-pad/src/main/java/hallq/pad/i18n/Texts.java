package hallq.pad.i18n;

import hallq.pad.clerk.Notice;
import hallq.protocol.CounterState;
import hallq.protocol.Outcome;
import hallq.protocol.hall.Zone;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pad's words, from {@code hallq/pad/i18n/messages_*.properties} (UTF-8): Chinese first, English for
 * halls that want it. Also names the things the model hands over as values (zones, outcomes, durations).
 */
public final class Texts {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "hallq.pad.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        // no fallback to the machine's default locale: a Pi set to en_GB must still speak as configured
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code en} for English; anything else is Chinese. */
    public static Texts forLanguage(String language) {
        return new Texts(language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key}, with {@code {0}}-style arguments named by {@link #word}. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // visible, and a test checks both bundles have every key the code uses
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = word(args[i]);
        }
        return new MessageFormat(pattern, locale).format(words);
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
