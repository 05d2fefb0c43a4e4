package hallq.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The kinds of event, by wire name, each with the record its data is. */
public enum EventKind {
    CALLED("called", Called.class),
    TICKET("ticket", TicketChanged.class),
    QUEUE("queue", QueueChanged.class),
    COUNTER("counter", CounterChanged.class),
    /** A terminal's fault report or the hall's own (journal record set aside, logins locked): managers only. */
    DEVICE("device", DeviceReport.class),
    /** Cases (issue 18): a case opened or changed; managers and back-office devices only. */
    CASE("case", CaseChanged.class),
    /** Rating (issue 20): a 差评 work item opened or moved a step; managers only. */
    RATING_ITEM("rating-item", RatingItemChanged.class);

    private final String wire;
    private final Class<? extends EventData> data;

    EventKind(String wire, Class<? extends EventData> data) {
        this.wire = wire;
        this.data = data;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public Class<? extends EventData> dataType() {
        return data;
    }

    public static Optional<EventKind> fromWire(String wire) {
        for (EventKind k : values()) {
            if (k.wire.equals(wire)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    static EventKind parse(String wire) {
        return fromWire(wire).orElseThrow(() -> new IllegalArgumentException("unknown event kind '" + wire + "'"));
    }
}
