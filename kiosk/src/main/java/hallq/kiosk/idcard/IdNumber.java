package hallq.kiosk.idcard;

import hallq.kiosk.i18n.Msg;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks a resident ID number (GB 11643: 17 digits and an ISO 7064 MOD 11-2 check character) on the kiosk,
 * so a typing mistake is explained at once, in plain words, before anything is sent. The server checks again.
 */
public final class IdNumber {
    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumber() {
    }

    /** What is wrong with the number, as a message for the citizen; empty when it is a valid number. */
    public static Optional<Msg> problem(String number, LocalDate today) {
        String s = number == null ? "" : number.trim().toUpperCase();
        if (s.length() != LENGTH) {
            return Optional.of(Msg.of("id.problem.length", s.length()));
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of(Msg.of("id.problem.digits"));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (s.charAt(LENGTH - 1) != CHECK.charAt(sum % 11)) {
            // Deliberately not telling which character would fit: the slip is as likely anywhere in the number,
            // and "change the last digit to 7" would turn a typo into a wrong but valid number.
            return Optional.of(Msg.of("id.problem.check"));
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of(Msg.of("id.problem.birth"));
        }
        if (birth.isAfter(today) || birth.getYear() < 1880) {
            return Optional.of(Msg.of("id.problem.birth"));
        }
        return Optional.empty();
    }

    public static boolean isValid(String number, LocalDate today) {
        return problem(number, today).isEmpty();
    }

    /** The check character that makes 17 digits a valid number (for tests and simulated readers). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
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
