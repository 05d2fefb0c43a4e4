package hallq.server.queue;

import java.time.Instant;
import java.util.Set;

/**
 * An event of the hall, numbered by the hall's {@code seq}. {@code zones} are the zones it concerns,
 * which zone displays filter on; {@code data} is the wire record merged into the event object.
 */
public record HallEvent(String kind, long seq, Instant at, Set<String> zones, Object data) {
    public static final String CALLED = "called";
    public static final String TICKET = "ticket";
    public static final String QUEUE = "queue";
    public static final String COUNTER = "counter";
    /** A terminal's fault report (printer out of paper, ...), for managers only: an addition to the contract. */
    public static final String DEVICE = "device";
    public static final java.util.Set<String> KINDS = java.util.Set.of(CALLED, TICKET, QUEUE, COUNTER, DEVICE);
}
