package hallq.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import hallq.protocol.Announce;
import hallq.protocol.CounterRef;
import hallq.protocol.TicketView;

/**
 * A ticket called to a window (or called again: {@code recall}). {@code announce} is what every screen shows and
 * every voice says: no side makes its own sentence.
 */
public record Called(@JsonProperty(required = true) TicketView ticket,
                     @JsonProperty(required = true) CounterRef counter,
                     boolean recall,
                     @JsonProperty(required = true) Announce announce) implements EventData {
    @Override
    public EventKind kind() {
        return EventKind.CALLED;
    }
}
