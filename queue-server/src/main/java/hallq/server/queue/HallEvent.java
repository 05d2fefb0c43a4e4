package hallq.server.queue;

import hallq.protocol.event.EventData;
import hallq.protocol.event.EventKind;
import java.time.Instant;
import java.util.Set;

/**
 * An event of the hall, numbered by the hall's {@code seq}. {@code zones} are the zones it concerns, which zone
 * displays filter on; {@code data} is protocol's record of its kind, written beside the envelope on the wire.
 */
public record HallEvent(long seq, Instant at, Set<String> zones, EventData data) {
    public static final String CALLED = EventKind.CALLED.wire();
    public static final String TICKET = EventKind.TICKET.wire();
    public static final String QUEUE = EventKind.QUEUE.wire();
    public static final String COUNTER = EventKind.COUNTER.wire();
    /** A terminal's fault report (printer out of paper, ...), for managers only: an addition to the contract. */
    public static final String DEVICE = EventKind.DEVICE.wire();
    public static final Set<String> KINDS = Set.of(CALLED, TICKET, QUEUE, COUNTER, DEVICE);

    /** The kind's wire name, the data's own. */
    public String kind() {
        return data.kind().wire();
    }
}
