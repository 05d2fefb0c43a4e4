package hallq.protocol;

/**
 * What anybody may read of a ticket by its day and number (contract section 8: {@code GET /api/tickets/{number}}
 * without the ticket's key): where it is in the queue, nothing of its outcome, window or rating.
 */
public record PublicTicket(String number, String zone, TicketState state, Integer ahead, Integer estimatedWaitSec) {
    public static PublicTicket of(TicketView t) {
        return new PublicTicket(t.number(), t.zone(), t.state(), t.ahead(), t.estimatedWaitSec());
    }
}
