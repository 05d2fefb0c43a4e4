package hallq.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import hallq.protocol.TicketView;

/** Every other change of a ticket: {@code change} names it ({@link TicketChange}). */
public record TicketChanged(@JsonProperty(required = true) TicketView ticket,
                            @JsonProperty(required = true) TicketChange change) implements EventData {
    @Override
    public EventKind kind() {
        return EventKind.TICKET;
    }
}
