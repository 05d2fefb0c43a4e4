package hallq.server.citizen;

import com.fasterxml.jackson.annotation.JsonInclude;
import hallq.protocol.Announce;
import hallq.protocol.CounterRef;
import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.hall.Counter;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Zone;

/**
 * What the ticket's own page shows its holder (contract section 8: {@code /t/{day}/{number}?k=}), pushed again
 * whenever it changes: the zone by name, the state, how many are ahead and the estimated wait while it waits, the
 * window and the call's words while called or served, the outcome once finished. Never the clerk or the rating:
 * a phone shows it to whoever looks over the citizen's shoulder. Derived from the ticket as the hall has it, never
 * stored.
 *
 * @param announce the call's words as every screen and voice of the hall says them ({@link Announce#of}), while
 *                 the ticket is called
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketStatus(String number, String day, String zone, String zoneName, String zoneNameEn,
                           TicketState state, Integer ahead, Integer estimatedWaitSec, CounterRef counter,
                           Announce announce, Outcome outcome, String dueDate) {

    /** The status of {@code t} in {@code hall}: only what its state makes meaningful. */
    public static TicketStatus of(TicketView t, HallConfig hall) {
        Zone zone = hall.zone(t.zone()).orElse(null);
        boolean queued = t.state().isQueued();
        boolean atWindow = t.state() == TicketState.CALLED || t.state() == TicketState.SERVING;
        CounterRef counter = atWindow && t.counter() != null ? counterRef(hall, t.counter()) : null;
        return new TicketStatus(t.number(), t.day(), t.zone(), zone == null ? t.zone() : zone.name(),
                zone == null ? null : zone.nameEn(), t.state(),
                queued ? t.ahead() : null, queued ? t.estimatedWaitSec() : null,
                counter,
                t.state() == TicketState.CALLED && counter != null ? Announce.of(t.number(), counter) : null,
                t.state() == TicketState.DONE ? t.outcome() : null,
                t.state() == TicketState.DONE && t.outcome() == Outcome.ACCEPTED ? t.dueDate() : null);
    }

    /** Whether the ticket is over for good: nothing about it changes any more, so its page stops listening. */
    public boolean ended() {
        return state == TicketState.DONE || state == TicketState.CANCELLED;
    }

    private static CounterRef counterRef(HallConfig hall, String id) {
        Counter c = hall.counter(id).orElse(null);
        return c == null ? new CounterRef(id, id, null) : new CounterRef(c.id(), c.name(), c.nameEn());
    }
}
