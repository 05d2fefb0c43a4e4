package hallq.kiosk.flow;

import hallq.kiosk.i18n.Texts;
import java.time.Duration;
import java.util.Locale;

/**
 * How long each screen stays and where the QR code points.
 *
 * @param statusBase          base of the public status URL, e.g. {@code http://10.0.0.2:7700}; null: the
 *                            address of the server the link is connected to
 * @param ticketShown         the ticket screen returns home after this
 * @param ticketShownNoPaper  ... or after this when the ticket could not be printed (time to note the number)
 * @param noticeShown         a notice returns home after this
 * @param idle                a half-finished choice (green channel, ID number, English) is dropped after this
 * @param slowIssue           the issuing screen says "please wait" after this
 * @param language            the language each new citizen starts with
 */
public record KioskSettings(
        String statusBase,
        Duration ticketShown,
        Duration ticketShownNoPaper,
        Duration noticeShown,
        Duration idle,
        Duration slowIssue,
        Locale language) {

    public static KioskSettings defaults(String statusBase) {
        return new KioskSettings(statusBase, Duration.ofSeconds(12), Duration.ofSeconds(40), Duration.ofSeconds(15),
                Duration.ofSeconds(45), Duration.ofSeconds(6), Texts.CHINESE);
    }

    public KioskSettings withLanguage(Locale l) {
        return new KioskSettings(statusBase, ticketShown, ticketShownNoPaper, noticeShown, idle, slowIssue, l);
    }
}
