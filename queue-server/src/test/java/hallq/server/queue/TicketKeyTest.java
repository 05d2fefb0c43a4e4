package hallq.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketKeyTest {
    @Test
    void aKeyIs22UrlSafeCharactersOf128RandomBitsAndReadsBackToItsBits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            long[] k = TicketKey.fresh();
            String text = TicketKey.text(k[0], k[1]);
            assertThat(text).matches("[A-Za-z0-9_-]{22}");
            assertThat(TicketKey.bits(text)).containsExactly(k[0], k[1]);
            seen.add(text);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void noKeyIsBothZeroAndAnythingElseIsNoKeyToo() {
        assertThat(TicketKey.text(0, 0)).isNull();
        assertThat(TicketKey.bits(null)).containsExactly(0, 0);
        assertThat(TicketKey.bits("too short")).containsExactly(0, 0);
        assertThat(TicketKey.bits("!!!!!!!!!!!!!!!!!!!!!!")).containsExactly(0, 0);
        assertThat(TicketKey.matches(null, "anything")).isFalse();
        assertThat(TicketKey.matches("abc", null)).isFalse();
        assertThat(TicketKey.matches("abc", "abc")).isTrue();
    }
}
