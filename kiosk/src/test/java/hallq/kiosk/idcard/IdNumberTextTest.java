package hallq.kiosk.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.kiosk.i18n.Msg;
import hallq.protocol.IdNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The kiosk's words for each problem of the hall's one ID check ({@code IdNumberTest} in protocol checks it). */
class IdNumberTextTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theStandardsExampleNumbersHaveNoProblem() {
        assertThat(IdNumberText.problem("11010519491231002X", TODAY)).isEmpty(); // GB 11643's own example
        assertThat(IdNumberText.problem("11010519491231002x", TODAY)).isEmpty();
    }

    @Test
    void eachKindOfMistakeHasItsOwnPlainMessage() {
        assertThat(IdNumberText.problem("110105194912310021", TODAY)).contains(Msg.of("id.problem.check"));
        assertThat(IdNumberText.problem("1101051949123100", TODAY)).contains(Msg.of("id.problem.length", 16));
        assertThat(IdNumberText.problem(" 1101051949123100 ", TODAY)).contains(Msg.of("id.problem.length", 16));
        assertThat(IdNumberText.problem("1101051949X231002X", TODAY)).contains(Msg.of("id.problem.digits"));
        String feb30 = "11010519490230002";
        assertThat(IdNumberText.problem(feb30 + IdNumber.checkCharacter(feb30), TODAY))
                .contains(Msg.of("id.problem.birth"));
        String future = "11010520300101002";
        assertThat(IdNumberText.problem(future + IdNumber.checkCharacter(future), TODAY))
                .contains(Msg.of("id.problem.birth"));
    }

    @Test
    void maskedAndGrouped() {
        assertThat(IdNumberText.masked("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(IdNumberText.grouped("11010519491231002X")).isEqualTo("110105 19491231 002X");
        assertThat(IdNumberText.grouped("1101051")).isEqualTo("110105 1");
    }
}
