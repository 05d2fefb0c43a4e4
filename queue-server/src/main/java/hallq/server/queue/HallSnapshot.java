package hallq.server.queue;

import hallq.protocol.CounterView;
import hallq.protocol.ZoneStatus;
import java.util.List;

/** The hall at one moment, as plain values; {@code seq} is the last event it includes. */
public record HallSnapshot(List<ZoneStatus> zones, List<CounterView> counters, List<HallEvent> recentCalls,
                           long seq) {
}
