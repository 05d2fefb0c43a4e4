package hallq.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.IdNumber.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The GB 11643 check both the kiosk and the server use: every case of the kiosk's and the server's old tests. */
class IdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** GB 11643-1999's own worked example. */
    private static final String EXAMPLE = "11010519491231002X";

    /** A valid number born on {@code birth} (yyyyMMdd), its check character worked out here by hand. */
    private static String number(String birth, int seq) {
        String body = "110105" + birth + String.format("%03d", seq);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    @Test
    void theStandardsOwnExampleIsValidWithItsXCheckCharacter() {
        assertThat(IdNumber.problem(EXAMPLE, TODAY)).isEmpty();
        assertThat(IdNumber.problem("11010519491231002x", TODAY)).isEmpty();
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        IdNumber id = IdNumber.parse(EXAMPLE, TODAY);
        assertThat(id.birthDate()).isEqualTo(LocalDate.parse("1949-12-31"));
        assertThat(id.ageOn(TODAY)).isEqualTo(76);
        assertThat(IdNumber.parse(" 11010519491231002x ", TODAY).number()).isEqualTo(EXAMPLE);
    }

    @Test
    void theCheckCharacterIsMod11Of17WeightedDigits() {
        for (String birth : new String[] {"19800101", "19900315", "20000229", "19561123", "20261123"}) {
            for (int seq = 0; seq < 1000; seq += 37) {
                String n = number(birth, seq);
                assertThat(IdNumber.checkCharacter(n.substring(0, 17))).as(n).isEqualTo(n.charAt(17));
                assertThat(IdNumber.isValid(n, TODAY)).as(n).isTrue();
            }
        }
    }

    @Test
    void eachKindOfMistakeIsNamed() {
        assertThat(IdNumber.problem("110105194912310021", TODAY)).contains(Problem.CHECK);
        assertThat(IdNumber.problem("1101051949123100", TODAY)).contains(Problem.LENGTH);
        assertThat(IdNumber.problem(EXAMPLE + "0", TODAY)).contains(Problem.LENGTH);
        assertThat(IdNumber.problem("", TODAY)).contains(Problem.LENGTH);
        assertThat(IdNumber.problem(null, TODAY)).contains(Problem.LENGTH);
        assertThat(IdNumber.problem("1101051949X231002X", TODAY)).contains(Problem.DIGITS);
        assertThat(IdNumber.problem("1101051949123100AX", TODAY)).contains(Problem.DIGITS);
        String feb30 = "11010519490230002";
        assertThat(IdNumber.problem(feb30 + IdNumber.checkCharacter(feb30), TODAY)).contains(Problem.BIRTH);
        String future = "11010520300101002";
        assertThat(IdNumber.problem(future + IdNumber.checkCharacter(future), TODAY)).contains(Problem.BIRTH);
        assertThat(IdNumber.problem(number("19491331", 2), TODAY)).contains(Problem.BIRTH);
        assertThat(IdNumber.problem(number("20300101", 2), TODAY)).contains(Problem.BIRTH);
        assertThat(IdNumber.problem(number("18791231", 2), TODAY)).as("before 1880").contains(Problem.BIRTH);
        assertThat(IdNumber.problem(number("18800101", 2), TODAY)).isEmpty();
        assertThat(IdNumber.problem(number("20261124", 2), TODAY)).as("born tomorrow").contains(Problem.BIRTH);
        assertThat(IdNumber.problem(number("20261123", 2), TODAY)).as("born today").isEmpty();
    }

    @Test
    void parseThrowsTheProblem() {
        assertThatThrownBy(() -> IdNumber.parse("1101051949123100", TODAY))
                .isInstanceOf(IdNumber.Invalid.class).hasFieldOrPropertyWithValue("problem", Problem.LENGTH);
        assertThatThrownBy(() -> IdNumber.parse(null, TODAY)).hasFieldOrPropertyWithValue("problem", Problem.LENGTH);
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021", TODAY))
                .hasFieldOrPropertyWithValue("problem", Problem.CHECK);
    }

    @Test
    void everyWrongCheckCharacterIsCaught() {
        String body = "11010519491231002";
        for (char c : "0123456789".toCharArray()) {
            assertThat(IdNumber.problem(body + c, TODAY)).as(body + c).contains(Problem.CHECK);
        }
    }

    @Test
    void everySingleDigitSlipIsCaught() {
        for (int i = 0; i < 17; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == EXAMPLE.charAt(i)) {
                    continue;
                }
                String slip = EXAMPLE.substring(0, i) + d + EXAMPLE.substring(i + 1);
                assertThat(IdNumber.isValid(slip, TODAY)).as(slip).isFalse();
            }
        }
    }

    @Test
    void everySwapOfTwoNeighbouringDifferentDigitsIsCaught() {
        for (int i = 0; i < 16; i++) {
            if (EXAMPLE.charAt(i) == EXAMPLE.charAt(i + 1)) {
                continue;
            }
            String swapped = EXAMPLE.substring(0, i) + EXAMPLE.charAt(i + 1) + EXAMPLE.charAt(i)
                    + EXAMPLE.substring(i + 2);
            assertThat(IdNumber.isValid(swapped, TODAY)).as(swapped).isFalse();
        }
    }

    @Test
    void ageCountsFullYearsOnTheDay() {
        assertThat(IdNumber.parse(number("19561123", 1), TODAY).ageOn(TODAY)).isEqualTo(70);
        assertThat(IdNumber.parse(number("19561124", 2), TODAY).ageOn(TODAY)).isEqualTo(69);
        IdNumber leap = IdNumber.parse(number("19560229", 3), TODAY);
        assertThat(leap.ageOn(LocalDate.parse("2026-02-28"))).isEqualTo(69);
        assertThat(leap.ageOn(LocalDate.parse("2026-03-01"))).isEqualTo(70);
    }

    @Test
    void itsTextNeverShowsTheWholeNumber() {
        String text = IdNumber.parse(EXAMPLE, TODAY).toString();
        assertThat(text).doesNotContain("19491231").doesNotContain(EXAMPLE).contains("110105");
        assertThat(IdNumber.parse(EXAMPLE, TODAY)).isEqualTo(IdNumber.parse("11010519491231002x", TODAY));
    }
}
