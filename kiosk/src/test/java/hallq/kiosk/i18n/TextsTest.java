package hallq.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> zh = Texts.of(Texts.CHINESE).bundle().keySet();
        Set<String> en = Texts.of(Texts.ENGLISH).bundle().keySet();
        assertThat(zh).isNotEmpty().isEqualTo(en);
    }

    @Test
    void theChineseBundleIsReadAsUtf8() {
        assertThat(Texts.of(Texts.CHINESE).text("paused.title")).isEqualTo("暂停取号，请稍候");
        assertThat(Texts.of(Texts.CHINESE).text("home.green.name")).isEqualTo("绿色通道");
    }

    @Test
    void everyTextIsAValidPatternWithoutAStrayQuote() {
        for (Locale l : Texts.LANGUAGES) {
            Texts t = Texts.of(l);
            for (String key : t.bundle().keySet()) {
                String pattern = t.bundle().getString(key);
                new MessageFormat(pattern, l); // throws on a broken pattern
                assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
            }
        }
    }

    @Test
    void chineseIsNotTakenFromTheJvmDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Texts.of(Texts.CHINESE).text("action.back")).isEqualTo("返回");
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Texts.of(Texts.ENGLISH).text("action.back")).isEqualTo("Back");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void bilingualNamesAndNestedMessagesFollowTheLanguage() {
        Bilingual zone = new Bilingual("不动产服务区", "Real estate");
        assertThat(Texts.of(Texts.CHINESE).text("notice.dailyCap", zone)).startsWith("“不动产服务区”");
        assertThat(Texts.of(Texts.ENGLISH).text("notice.dailyCap", zone)).contains("for Real estate");
        assertThat(new Bilingual("综合出件", null).in(Texts.ENGLISH)).isEqualTo("综合出件");
        Msg nested = Msg.of("home.printerDown", Msg.of("print.fault.PAPER_OUT"));
        assertThat(Texts.of(Texts.ENGLISH).text(nested)).startsWith("Printer out of paper:");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfCrashing() {
        assertThat(Texts.of(Texts.CHINESE).text("no.such.key")).isEqualTo("??no.such.key??");
    }
}
