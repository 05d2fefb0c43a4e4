package hallq.kiosk.flow;

import hallq.kiosk.i18n.Bilingual;
import hallq.kiosk.i18n.Msg;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A ticket the server issued to this kiosk, with what the citizen is told about it.
 *
 * @param ahead            tickets called before this one in its zone
 * @param estimatedWaitSec the server's estimate; null when it gave none
 * @param statusUrl        the public status page of the ticket (the QR code)
 */
public record IssuedTicket(
        String number,
        String zoneId,
        Bilingual zoneName,
        boolean green,
        LocalDate day,
        ZonedDateTime issuedAt,
        int ahead,
        Integer estimatedWaitSec,
        String statusUrl) {

    /** "前面还有 N 人". */
    public Msg aheadText() {
        return Msg.of("ticket.ahead", ahead);
    }

    /** "预计等候约 N 分钟", or null when the server gave no estimate. */
    public Msg waitText() {
        if (estimatedWaitSec == null) {
            return null;
        }
        if (estimatedWaitSec < 60) {
            return Msg.of("ticket.wait.underMinute");
        }
        return Msg.of("ticket.wait.minutes", (estimatedWaitSec + 59) / 60);
    }
}
