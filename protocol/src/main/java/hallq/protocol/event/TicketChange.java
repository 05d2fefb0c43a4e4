package hallq.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened to a ticket in a {@code ticket} event (contract section 4, plus {@code cancelled} at day's end). */
public enum TicketChange {
    ISSUED, SERVING, DONE, NO_SHOW, TRANSFERRED, REQUEUED, RATED, CANCELLED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TicketChange fromWire(String s) {
        for (TicketChange c : values()) {
            if (c.wire().equals(s)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown ticket change '" + s + "'");
    }
}
