package hallq.kiosk.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.kiosk.i18n.Msg;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theStandardsExampleNumbersAreValid() {
        assertThat(IdNumber.problem("11010519491231002X", TODAY)).isEmpty(); // GB 11643's own example
        assertThat(IdNumber.problem("11010519491231002x", TODAY)).isEmpty();
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void eachKindOfMistakeHasItsOwnPlainMessage() {
        assertThat(IdNumber.problem("110105194912310021", TODAY)).contains(Msg.of("id.problem.check"));
        assertThat(IdNumber.problem("1101051949123100", TODAY)).contains(Msg.of("id.problem.length", 16));
        assertThat(IdNumber.problem("1101051949X231002X", TODAY)).contains(Msg.of("id.problem.digits"));
        String feb30 = "11010519490230002";
        assertThat(IdNumber.problem(feb30 + IdNumber.checkCharacter(feb30), TODAY)).contains(Msg.of("id.problem.birth"));
        String future = "11010520300101002";
        assertThat(IdNumber.problem(future + IdNumber.checkCharacter(future), TODAY)).contains(Msg.of("id.problem.birth"));
    }

    @Test
    void everySingleDigitSlipIsCaught() {
        String good = "11010519491231002X";
        for (int i = 0; i < 17; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == good.charAt(i)) {
                    continue;
                }
                String slip = good.substring(0, i) + d + good.substring(i + 1);
                assertThat(IdNumber.isValid(slip, TODAY)).as(slip).isFalse();
            }
        }
    }

    @Test
    void maskedAndGrouped() {
        assertThat(IdNumber.masked("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(IdNumber.grouped("11010519491231002X")).isEqualTo("110105 19491231 002X");
        assertThat(IdNumber.grouped("1101051")).isEqualTo("110105 1");
    }
}
