package hallq.kiosk.i18n;

import hallq.terminal.i18n.Words;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The kiosk's words, from {@code hallq/kiosk/i18n/messages_*.properties} (terminal's {@link Words}: UTF-8, no
 * fallback to the machine's locale, a missing key shown as {@code ??key??}). Chinese first; English by the toggle.
 * What the kiosk adds: {@link Bilingual} names and nested {@link Msg}s as arguments, in the text's language.
 */
public final class Texts {
    public static final Locale CHINESE = Words.CHINESE;
    public static final Locale ENGLISH = Words.ENGLISH;
    public static final List<Locale> LANGUAGES = Words.LANGUAGES;

    private static final String BUNDLE = "hallq.kiosk.i18n.messages";

    private final Words words;

    private Texts(Locale locale) {
        this.words = Words.load(BUNDLE, locale);
    }

    public static Texts of(Locale locale) {
        return new Texts(locale);
    }

    public static boolean isEnglish(Locale locale) {
        return Words.isEnglish(locale);
    }

    /** The other of the two languages: what the toggle switches to, and the second line of a notice. */
    public static Locale other(Locale locale) {
        return Words.other(locale);
    }

    public Locale locale() {
        return words.locale();
    }

    public ResourceBundle bundle() {
        return words.bundle();
    }

    public String text(String key, Object... args) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Bilingual b ? b.in(locale())
                    : args[i] instanceof Msg m ? text(m) : args[i];
        }
        return words.text(key, resolved);
    }

    public String text(Msg msg) {
        return msg == null ? "" : text(msg.key(), msg.args().toArray());
    }
}
