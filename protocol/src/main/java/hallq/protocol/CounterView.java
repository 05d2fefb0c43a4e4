package hallq.protocol;

/**
 * A window as the snapshot and {@code counter} events show it. {@code servedToday} and
 * {@code avgServiceSec} (this window, this business day) are additions for the counter pad.
 */
public record CounterView(
        String id,
        String name,
        String nameEn,
        CounterState state,
        TicketView ticket,
        ClerkRef clerk,
        String pauseReason,
        int servedToday,
        Integer avgServiceSec) {
}
