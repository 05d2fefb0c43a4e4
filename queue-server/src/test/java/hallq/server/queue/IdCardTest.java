package hallq.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdCardTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void theStandardsOwnExampleIsValidWithItsXCheckCharacter() {
        // GB 11643-1999's worked example
        IdCard card = IdCard.parse("11010519491231002X", TODAY);
        assertThat(card.birthDate()).isEqualTo(LocalDate.parse("1949-12-31"));
        assertThat(card.ageOn(TODAY)).isEqualTo(76);
        assertThat(IdCard.parse("11010519491231002x", TODAY).number()).isEqualTo("11010519491231002X");
    }

    @Test
    void everyWrongCheckCharacterIsCaught() {
        String body = "11010519491231002";
        for (char c : "0123456789".toCharArray()) {
            assertThatThrownBy(() -> IdCard.parse(body + c, TODAY)).hasFieldOrPropertyWithValue("reason", "ID_CHECK");
        }
    }

    @Test
    void malformedNumbersSayWhatIsWrong() {
        assertThatThrownBy(() -> IdCard.parse("1101051949123100", TODAY)).hasMessageContaining("18 characters");
        assertThatThrownBy(() -> IdCard.parse("1101051949123100AX", TODAY)).hasMessageContaining("digits");
        assertThatThrownBy(() -> IdCard.parse(HallQueueTest.idNumber("19491331", 2), TODAY))
                .hasMessageContaining("birth date");
        assertThatThrownBy(() -> IdCard.parse(HallQueueTest.idNumber("20300101", 2), TODAY))
                .hasMessageContaining("birth date");
        assertThatThrownBy(() -> IdCard.parse(null, TODAY)).hasFieldOrPropertyWithValue("reason", "ID_FORMAT");
    }

    @Test
    void itsTextNeverShowsTheWholeNumber() {
        assertThat(IdCard.parse("11010519491231002X", TODAY).toString()).doesNotContain("19491231");
    }

    @Test
    void theHashIsSaltedAndStable() {
        IdCard card = IdCard.parse("11010519491231002X", TODAY);
        assertThat(new IdHasher(new byte[] {1}).hash(card)).isEqualTo(new IdHasher(new byte[] {1}).hash(card))
                .isNotEqualTo(new IdHasher(new byte[] {2}).hash(card));
    }
}
