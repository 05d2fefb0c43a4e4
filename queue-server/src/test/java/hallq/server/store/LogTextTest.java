package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A logged field: one line, at most 200 characters. */
class LogTextTest {
    @Test
    void controlCharactersAreEscapedSoThatNoLineCanBeForged() {
        assertThat(LogText.clip("a\nb\r\tc\u0007d")).isEqualTo("a\\nb\\r\\tc\\u0007d");
        assertThat(LogText.clip(null)).isEqualTo("null");
    }

    @Test
    void longTextIsClippedTo200CharactersWithAMark() {
        assertThat(LogText.clip("x".repeat(200))).isEqualTo("x".repeat(200));
        String clipped = LogText.clip("x".repeat(201));
        assertThat(clipped).hasSize(200).endsWith("x…");
        assertThat(LogText.clip("\n".repeat(150))).hasSize(200).startsWith("\\n\\n");
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String clipped = LogText.clip("x".repeat(198) + "😀😀", 200);
        assertThat(clipped).isEqualTo("x".repeat(198) + "…");
    }
}
