package hallq.kiosk.i18n;

import java.util.Locale;

/**
 * A name the hall file gives in Chinese and, optionally, English (a zone, the hall). It is resolved
 * only when the text is shown, so one screen can be drawn in either language.
 */
public record Bilingual(String zh, String en) {

    public Bilingual {
        zh = zh == null ? "" : zh;
        en = en == null || en.isBlank() ? zh : en; // a hall file may leave nameEn out
    }

    public String in(Locale locale) {
        return Texts.isEnglish(locale) ? en : zh;
    }
}
