package hallq.protocol;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What is said and shown for a call: {@code 请A007号到3号窗口办理} and its English twin. Built once, by the
 * server, into every {@code called} event; the hall screens show and say these texts instead of making their
 * own, so screen and voice never disagree. Texts from {@code hallq/protocol/announce_*.properties}.
 */
public record Announce(String zh, String en) {
    private static final String BUNDLE = "hallq.protocol.announce";

    /**
     * The announcement of ticket {@code number} at {@code counter}. A recall has the same words: the event's
     * {@code recall} flag marks it, and each screen marks it its own way (重呼).
     */
    public static Announce of(String number, CounterRef counter) {
        ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = bundle(Locale.ENGLISH);
        String windowEn = counter.nameEn() == null || counter.nameEn().isBlank()
                ? format(en, "announce.window", counter.id()) : counter.nameEn();
        return new Announce(format(zh, "announce.call", number, counter.name()),
                format(en, "announce.call", number, windowEn));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), Locale.ROOT).format(args);
    }
}
