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
        assertThat(s).hasSize(LogText.MAX).startsWith("x".repeat(150)).endsWith("x…(60000 chars)");
        assertThat(LogText.of("请A007号到3号窗口办理")).isEqualTo("请A007号到3号窗口办理");
        assertThat(LogText.of(null)).isEqualTo("null");
    }

    @Test
    void escapingCountsTowardsTheClipNotAgainstIt() {
        assertThat(LogText.of("\n".repeat(500), 20)).isEqualTo("\\n".repeat(4) + "…(500 chars)");
        assertThat(LogText.of("\n".repeat(10), 20)).isEqualTo("\\n".repeat(10));
        assertThat(LogText.of("\n".repeat(11), 21)).as("21 escaped do not fit").endsWith("…(11 chars)").hasSize(21);
        assertThat(LogText.of("😀".repeat(30), 20)).as("never half a character")
                .isEqualTo("😀".repeat(4) + "…(60 chars)");
    }
}
