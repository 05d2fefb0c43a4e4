package hallq.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum TicketState {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, TRANSFERRED, CANCELLED;

    /** Waiting in a zone's queue: freshly issued, requeued, or after a transfer. */
    public boolean isQueued() {
        return this == WAITING || this == TRANSFERRED;
    }

    @JsonValue
    public String wire() {
        return WireEnum.wire(this);
    }

    @JsonCreator
    public static TicketState fromWire(String s) {
        return WireEnum.parse(TicketState.class, s);
    }
}
