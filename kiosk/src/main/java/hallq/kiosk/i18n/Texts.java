package hallq.kiosk.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The kiosk's words, from {@code hallq/kiosk/i18n/messages_*.properties} (UTF-8, read as such since Java 9).
 * Chinese first; English by the toggle.
 */
public final class Texts {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LANGUAGES = List.of(CHINESE, ENGLISH);

    private static final String BUNDLE = "hallq.kiosk.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = isEnglish(locale) ? ENGLISH : CHINESE;
        // No fallback to the JVM's default locale: on an English-configured Pi the Chinese screen must stay Chinese.
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Locale locale) {
        return new Texts(locale);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    /** The other of the two languages: what the toggle switches to, and the second line of a notice. */
    public static Locale other(Locale locale) {
        return isEnglish(locale) ? CHINESE : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??"; // visible in screenshots and tests, never a crash at the entrance
        }
        // Always through MessageFormat, so a quote means the same in every text (write it as '').
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Bilingual b ? b.in(locale)
                    : args[i] instanceof Msg m ? text(m) : args[i];
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    public String text(Msg msg) {
        return msg == null ? "" : text(msg.key(), msg.args().toArray());
    }
}
