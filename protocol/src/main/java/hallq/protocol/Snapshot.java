package hallq.protocol;

import hallq.protocol.event.Event;
import java.util.List;

/** The hall at one moment: zones, counters and the last ten {@code called} events, newest first. */
public record Snapshot(List<ZoneStatus> zones, List<CounterView> counters, List<Event> recentCalls) {
}
