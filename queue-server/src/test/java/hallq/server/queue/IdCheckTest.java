package hallq.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.ErrorCode;
import hallq.protocol.IdNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The queue's refusal of a bad ID number (the check itself: {@code IdNumberTest} in protocol), and its hash. */
class IdCheckTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void aValidNumberIsParsedNormalized() {
        assertThat(IdCheck.parse("11010519491231002x", TODAY).number()).isEqualTo("11010519491231002X");
    }

    @Test
    void everyWrongCheckCharacterIsIdCheck() {
        String body = "11010519491231002";
        for (char c : "0123456789".toCharArray()) {
            assertThatThrownBy(() -> IdCheck.parse(body + c, TODAY))
                    .hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST)
                    .hasFieldOrPropertyWithValue("reason", "ID_CHECK");
        }
    }

    @Test
    void malformedNumbersSayWhatIsWrong() {
        assertThatThrownBy(() -> IdCheck.parse("1101051949123100", TODAY)).hasMessageContaining("18 characters")
                .hasMessageContaining("has 16").hasFieldOrPropertyWithValue("reason", "ID_FORMAT");
        assertThatThrownBy(() -> IdCheck.parse("1101051949123100AX", TODAY)).hasMessageContaining("digits")
                .hasFieldOrPropertyWithValue("reason", "ID_FORMAT");
        assertThatThrownBy(() -> IdCheck.parse(HallQueueTest.idNumber("19491331", 2), TODAY))
                .hasMessageContaining("birth date").hasFieldOrPropertyWithValue("reason", "ID_FORMAT");
        assertThatThrownBy(() -> IdCheck.parse(HallQueueTest.idNumber("20300101", 2), TODAY))
                .hasMessageContaining("birth date");
        assertThatThrownBy(() -> IdCheck.parse(null, TODAY)).hasFieldOrPropertyWithValue("reason", "ID_FORMAT");
    }

    @Test
    void theHashIsSaltedAndStable() {
        IdNumber id = IdNumber.parse("11010519491231002X", TODAY);
        assertThat(new IdHasher(new byte[] {1}).hash(id)).isEqualTo(new IdHasher(new byte[] {1}).hash(id))
                .isNotEqualTo(new IdHasher(new byte[] {2}).hash(id));
        assertThat(new IdHasher(new byte[] {1}).hash(id)).doesNotContain("19491231").hasSize(64);
    }
}
