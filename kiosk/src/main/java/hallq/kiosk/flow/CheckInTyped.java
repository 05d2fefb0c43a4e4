package hallq.kiosk.flow;

import hallq.kiosk.i18n.Msg;
import hallq.kiosk.idcard.IdNumberText;
import hallq.protocol.IdNumber;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a citizen typed on the 预约取号 keypad is (issue 17): the booking's 8-digit code, or the ID number the booking
 * was made with (checked by the hall's own rule before anything is sent), or a slip explained in plain words.
 */
final class CheckInTyped {
    /** The booking page's code: 8 digits (contract section 9). */
    static final int CODE_LENGTH = 8;

    private CheckInTyped() {
    }

    static boolean isCode(String typed) {
        return typed.length() == CODE_LENGTH && typed.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Empty when {@code typed} can be sent; else what to say. */
    static Optional<Msg> problem(String typed, LocalDate today) {
        if (isCode(typed)) {
            return Optional.empty();
        }
        if (typed.length() == IdNumber.LENGTH) {
            return IdNumberText.problem(typed, today);
        }
        // neither length: say both, with how many were typed (an old code on paper, a number cut short)
        return Optional.of(Msg.of("checkin.problem.length", typed.length()));
    }
}
