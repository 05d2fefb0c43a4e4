package hallq.terminal.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A terminal's words in one of its two languages: a resource bundle ({@code BASE_zh_CN.properties},
 * {@code BASE_en.properties}, UTF-8 as Java 9 reads them), each text a {@link MessageFormat} pattern. What a
 * terminal's own {@code Texts} adds is how its values become words (zone names, outcomes, nested messages).
 */
public final class Words {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Chinese first: the hall's language. */
    public static final List<Locale> LANGUAGES = List.of(CHINESE, ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Words(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /**
     * The bundle {@code baseName} (e.g. {@code hallq.kiosk.i18n.messages}) in English for an English locale, in
     * Chinese for any other. Never the machine's default locale as a fallback: on a Pi set to en_GB the Chinese
     * screen must stay Chinese.
     */
    public static Words load(String baseName, Locale locale) {
        Locale l = isEnglish(locale) ? ENGLISH : CHINESE;
        return new Words(l, ResourceBundle.getBundle(baseName, l, Words.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    /** The other of the two languages: what a language toggle switches to. */
    public static Locale other(Locale locale) {
        return isEnglish(locale) ? CHINESE : ENGLISH;
    }

    /** A language as a command line or a device file names it: {@code en...} is English, anything else Chinese. */
    public static Locale language(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
    }

    /** How a key the bundle lacks is shown: visible on screen and in tests, never a crash. */
    public static String missing(String key) {
        return "??" + key + "??";
    }

    /** {@link #CHINESE} or {@link #ENGLISH}. */
    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return isEnglish(locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The pattern as written in the bundle, or empty. */
    public Optional<String> pattern(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /**
     * The text of {@code key} with its {@code {0}}-style arguments, which are shown as they are (a terminal turns
     * its values into words first); {@link #missing} when the bundle lacks the key. Always through
     * {@link MessageFormat}, with or without arguments, so that a quote means the same in every text (written
     * {@code ''}).
     */
    public String text(String key, Object... args) {
        return pattern(key).map(p -> new MessageFormat(p, locale).format(args)).orElseGet(() -> missing(key));
    }
}
