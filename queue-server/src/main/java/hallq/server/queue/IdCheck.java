package hallq.server.queue;

import hallq.protocol.ErrorCode;
import hallq.protocol.IdNumber;
import java.time.LocalDate;

/**
 * The hall's ID check ({@link IdNumber}) as the queue refuses a number: {@code BAD_REQUEST} with reason
 * {@code ID_CHECK} for a wrong check character (a typing mistake, most likely), {@code ID_FORMAT} for the rest,
 * the message saying in plain words what is wrong.
 */
final class IdCheck {
    private IdCheck() {
    }

    static IdNumber parse(String raw, LocalDate today) {
        try {
            return IdNumber.parse(raw, today);
        } catch (IdNumber.Invalid e) {
            throw switch (e.problem()) {
                case LENGTH -> bad("ID_FORMAT",
                        "an ID number has 18 characters, this one has " + IdNumber.normalized(raw).length());
                case DIGITS -> bad("ID_FORMAT", "the first 17 characters of an ID number are digits");
                case CHECK -> bad("ID_CHECK", "the ID number's last character does not match: please check the number");
                case BIRTH -> bad("ID_FORMAT", "the ID number holds no valid birth date");
            };
        }
    }

    private static HallException bad(String reason, String message) {
        return new HallException(ErrorCode.BAD_REQUEST, reason, message);
    }
}
