package hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.Announce;
import hallq.protocol.CounterRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clips that say the server's sentence: the sentence is the event's, the reading of numbers the voice's. */
class ClipScriptTest {
    private static String sentence(String number, String window) {
        return Announce.of(number, new CounterRef("9", window, null)).zh();
    }

    @Test
    void a007ToWindow3() {
        assertThat(ClipScript.mandarin("请A007号到3号窗口办理", false))
                .containsExactly("qing", "A", "0", "0", "7", "hao", "dao", "3", "hao", "chuangkou", "banli");
        assertThat(ClipScript.mandarin(sentence("A007", "3号窗口"), false))
                .as("the server's sentence").isEqualTo(ClipScript.mandarin("请A007号到3号窗口办理", false));
    }

    @Test
    void greenVa012ToWindow12IsSaidShiEr() {
        assertThat(ClipScript.mandarin(sentence("VA012", "12号窗口"), false)).containsExactly(
                "qing", "V", "A", "0", "1", "2", "hao", "dao", "shi", "2", "hao", "chuangkou", "banli");
    }

    @Test
    void fourDigitE1003ToWindow12() {
        assertThat(ClipScript.mandarin(sentence("E1003", "12号窗口"), false)).containsExactly(
                "qing", "E", "1", "0", "0", "3", "hao", "dao", "shi", "2", "hao", "chuangkou", "banli");
    }

    @Test
    void aRecallStartsWithChonghu() {
        assertThat(ClipScript.mandarin(sentence("A007", "3号窗口"), true))
                .startsWith("chonghu", "qing", "A").endsWith("3", "hao", "chuangkou", "banli");
    }

    @Test
    void windowNumbersAsChineseNumbers() {
        assertThat(ClipScript.cardinal("10")).containsExactly("shi");
        assertThat(ClipScript.cardinal("20")).containsExactly("2", "shi");
        assertThat(ClipScript.cardinal("23")).containsExactly("2", "shi", "3");
        assertThat(ClipScript.cardinal("7")).containsExactly("7");
        assertThat(ClipScript.cardinal("105")).containsExactly("1", "0", "5");
        assertThat(ClipScript.mandarin(sentence("A001", "综合窗口"), false)).containsSubsequence("dao", "chuangkou");
        assertThat(ClipScript.mandarin(sentence("A001", "综合窗口"), false)).as("综合 has no clip: left out")
                .containsExactly("qing", "A", "0", "0", "1", "hao", "dao", "chuangkou", "banli");
    }

    @Test
    void whatTheSentenceSaysIsSaidNotWhatTheVoiceWouldHaveSaid() {
        // a window written in Chinese numerals, a number with no prefix: read as written, in its order
        assertThat(ClipScript.mandarin("请023号到二十三号窗口办理", false)).containsExactly(
                "qing", "0", "2", "3", "hao", "dao", "2", "shi", "3", "hao", "chuangkou", "banli");
        assertThat(ClipScript.mandarin("请b007号到c2号窗口办理", false)).as("letters in the window's name spelled")
                .containsExactly("qing", "B", "0", "0", "7", "hao", "dao", "C", "2", "hao", "chuangkou", "banli");
        assertThat(ClipScript.mandarin("", false)).isEmpty();
        assertThat(ClipScript.mandarin(null, true)).containsExactly("chonghu");
    }

    @Test
    void everyClipAScriptCanNameIsInTheDefaultSetAndNotSilent() {
        ClipLibrary lib = new ClipLibrary(null);
        List<String> names = new java.util.ArrayList<>(List.of("qing", "hao", "dao", "chuangkou", "banli",
                "chonghu", "shi"));
        for (char c = '0'; c <= '9'; c++) {
            names.add(String.valueOf(c));
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            names.add(String.valueOf(c));
        }
        for (String n : names) {
            float[] clip = lib.clip(n);
            assertThat(clip.length).as(n).isBetween(Pcm.millis(100), Pcm.millis(1500));
            assertThat(Pcm.rms(clip)).as("%s is not silent", n).isGreaterThan(0.01);
            // faded ends: joins without clicks
            assertThat(Math.abs(clip[0])).as(n).isLessThan(1e-6f);
            assertThat(Math.abs(clip[clip.length - 1])).as(n).isLessThan(1e-6f);
        }
    }
}
