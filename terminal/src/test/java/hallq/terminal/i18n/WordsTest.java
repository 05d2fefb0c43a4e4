package hallq.terminal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordsTest {
    static final String SAMPLE = "hallq.terminal.i18n.sample";

    @Test
    void englishForAnEnglishLocaleAndChineseForAnyOther() {
        assertThat(Words.load(SAMPLE, Locale.UK).locale()).isEqualTo(Words.ENGLISH);
        assertThat(Words.load(SAMPLE, Locale.UK).text("greeting")).isEqualTo("Hello");
        assertThat(Words.load(SAMPLE, Locale.GERMAN).locale()).isEqualTo(Words.CHINESE);
        assertThat(Words.load(SAMPLE, null).text("greeting")).isEqualTo("您好");
    }

    @Test
    void chineseIsNotTakenFromTheMachinesDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Words.load(SAMPLE, Words.CHINESE).text("greeting")).isEqualTo("您好");
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Words.load(SAMPLE, Words.ENGLISH).text("greeting")).isEqualTo("Hello");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyTextIsAMessageFormatWithOrWithoutArguments() {
        Words en = Words.load(SAMPLE, Words.ENGLISH);
        assertThat(en.text("waiting", 0)).isEqualTo("No one waiting");
        assertThat(en.text("waiting", 12)).isEqualTo("12 waiting");
        assertThat(en.text("quoted", 3)).isEqualTo("It's window 3");
        assertThat(Words.load(SAMPLE, Words.CHINESE).text("waiting", 12)).isEqualTo("等候 12 人");
    }

    @Test
    void aMissingKeyShowsItself() {
        Words zh = Words.load(SAMPLE, Words.CHINESE);
        assertThat(zh.has("no.such.key")).isFalse();
        assertThat(zh.pattern("no.such.key")).isEmpty();
        assertThat(zh.text("no.such.key", 1)).isEqualTo("??no.such.key??");
        assertThat(zh.pattern("quoted")).contains("请到''{0}''号窗口");
    }

    @Test
    void languagesByNameAndTheToggle() {
        assertThat(Words.language("en")).isEqualTo(Words.ENGLISH);
        assertThat(Words.language("EN_gb")).isEqualTo(Words.ENGLISH);
        assertThat(Words.language("zh")).isEqualTo(Words.CHINESE);
        assertThat(Words.language(null)).isEqualTo(Words.CHINESE);
        assertThat(Words.other(Words.CHINESE)).isEqualTo(Words.ENGLISH);
        assertThat(Words.other(Words.ENGLISH)).isEqualTo(Words.CHINESE);
    }
}
