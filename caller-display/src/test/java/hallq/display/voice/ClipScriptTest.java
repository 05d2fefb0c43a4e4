package hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClipScriptTest {

    @Test
    void a007ToWindow3() {
        assertThat(ClipScript.mandarin("A007", "3号窗口", false))
                .containsExactly("qing", "A", "0", "0", "7", "hao", "dao", "3", "hao", "chuangkou", "banli");
    }

    @Test
    void greenVa012ToWindow12IsSaidShiEr() {
        assertThat(ClipScript.mandarin("VA012", "12号窗口", false)).containsExactly(
                "qing", "V", "A", "0", "1", "2", "hao", "dao", "shi", "2", "hao", "chuangkou", "banli");
    }

    @Test
    void fourDigitE1003ToWindow12ByItsId() {
        assertThat(ClipScript.mandarin("E1003", "12", false)).containsExactly(
                "qing", "E", "1", "0", "0", "3", "hao", "dao", "shi", "2", "hao", "chuangkou", "banli");
    }

    @Test
    void aRecallStartsWithChonghu() {
        assertThat(ClipScript.mandarin("A007", "3", true))
                .startsWith("chonghu", "qing", "A").endsWith("3", "hao", "chuangkou", "banli");
    }

    @Test
    void windowNumbersAsChineseNumbers() {
        assertThat(ClipScript.cardinal("10")).containsExactly("shi");
        assertThat(ClipScript.cardinal("20")).containsExactly("2", "shi");
        assertThat(ClipScript.cardinal("23")).containsExactly("2", "shi", "3");
        assertThat(ClipScript.cardinal("7")).containsExactly("7");
        assertThat(ClipScript.cardinal("105")).containsExactly("1", "0", "5");
        assertThat(ClipScript.mandarin("A001", "综合窗口", false)).containsSubsequence("dao", "chuangkou");
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
