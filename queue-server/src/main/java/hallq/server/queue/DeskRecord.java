package hallq.server.queue;

import java.time.Instant;
import java.time.LocalDate;

/** A window's stored row; the ticket it holds is named by day and number. */
public record DeskRecord(String counter, String clerk, LocalDate ticketDay, String ticketNumber,
                         String pauseReason, Instant pausedSince) {
}
