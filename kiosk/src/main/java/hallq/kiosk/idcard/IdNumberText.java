package hallq.kiosk.idcard;

import hallq.kiosk.i18n.Msg;
import hallq.protocol.IdNumber;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the kiosk says and shows of a resident ID number. The check itself is the hall's one
 * ({@link IdNumber}); here a typing mistake becomes plain words at once, before anything is sent, and the
 * number is shown masked or grouped. The server checks again.
 */
public final class IdNumberText {
    private IdNumberText() {
    }

    /** What is wrong with the number, as a message for the citizen; empty when it is a valid number. */
    public static Optional<Msg> problem(String number, LocalDate today) {
        return IdNumber.problem(number, today).map(p -> switch (p) {
            case LENGTH -> Msg.of("id.problem.length", IdNumber.normalized(number).length());
            case DIGITS -> Msg.of("id.problem.digits");
            // Deliberately not telling which character would fit: the slip is as likely anywhere in the number,
            // and "change the last digit to 7" would turn a typo into a wrong but valid number.
            case CHECK -> Msg.of("id.problem.check");
            case BIRTH -> Msg.of("id.problem.birth");
        });
    }

    /** {@code 1101**********123X}: enough for the citizen to recognise their number, not enough for the next in line. */
    public static String masked(String number) {
        if (number == null || number.length() < 8) {
            return "****";
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    /** {@code 110101 19491001 123X}: region, birth date, sequence and check, as printed on the card. */
    public static String grouped(String digits) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i == 6 || i == 14) {
                b.append(' ');
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }
}
