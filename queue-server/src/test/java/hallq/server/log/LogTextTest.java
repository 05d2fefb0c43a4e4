package hallq.server.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {
    @Test
    void controlCharactersAreEscapedSoNoInputForgesALine() {
        assertThat(LogText.of("PAPER_OUT\r\n12:00:00.000 INFO  HallEngine - pad-3 login ok\t\u0007\u2028"))
                .isEqualTo("PAPER_OUT\\r\\n12:00:00.000 INFO  HallEngine - pad-3 login ok\\t\\u0007\\u2028");
    }

    @Test
    void aLongValueIsClippedAndSaysHowLongItWas() {
        String s = LogText.of("x".repeat(60_000));
        assertThat(s).startsWith("x".repeat(LogText.MAX) + "…").endsWith("(60000 chars)").hasSizeLessThan(230);
        assertThat(LogText.of("请A007号到3号窗口办理")).isEqualTo("请A007号到3号窗口办理");
        assertThat(LogText.of(null)).isEqualTo("null");
    }

    @Test
    void escapingCountsTowardsTheClipNotAgainstIt() {
        assertThat(LogText.of("\n".repeat(500), 10)).isEqualTo("\\n".repeat(10) + "…(500 chars)");
    }
}
