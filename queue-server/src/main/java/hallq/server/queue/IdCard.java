package hallq.server.queue;

import hallq.protocol.ErrorCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * An 18-character resident ID number (GB 11643): six digits of region, eight of birth date, three of
 * sequence and an ISO 7064 MOD 11-2 check character. Only its birth date and a salted hash are used.
 */
public record IdCard(String number, LocalDate birthDate) {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** Parses and validates; the message says in plain words what is wrong. */
    public static IdCard parse(String raw, LocalDate today) {
        String s = raw == null ? "" : raw.trim().toUpperCase();
        if (s.length() != 18) {
            throw bad("ID_FORMAT", "an ID number has 18 characters, this one has " + s.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw bad("ID_FORMAT", "the first 17 characters of an ID number are digits");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (s.charAt(17) != CHECK.charAt(sum % 11)) {
            throw bad("ID_CHECK", "the ID number's last character does not match: please check the number");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            throw bad("ID_FORMAT", "the ID number holds no valid birth date");
        }
        if (birth.isAfter(today) || birth.getYear() < 1880) {
            throw bad("ID_FORMAT", "the ID number holds no valid birth date");
        }
        return new IdCard(s, birth);
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    private static HallException bad(String reason, String message) {
        return new HallException(ErrorCode.BAD_REQUEST, reason, message);
    }

    @Override
    public String toString() {
        return "IdCard[" + number.substring(0, 6) + "********" + number.substring(14, 17) + "*]";
    }
}
