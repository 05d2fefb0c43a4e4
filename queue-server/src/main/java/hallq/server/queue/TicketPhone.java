package hallq.server.queue;

import java.time.LocalDate;

/**
 * A ticket's phone number (issue 17), kept only while it may still be texted: from the check-in of a booking that
 * gave one until the ticket ends, and never past its day.
 */
public record TicketPhone(LocalDate day, String number, String phone) {
}
