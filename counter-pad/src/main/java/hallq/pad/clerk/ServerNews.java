package hallq.pad.clerk;

import hallq.protocol.CounterView;
import hallq.protocol.Snapshot;
import hallq.protocol.ZoneStatus;
import hallq.protocol.event.CounterChanged;
import hallq.protocol.event.EventData;
import hallq.protocol.event.QueueChanged;
import hallq.protocol.event.TicketChange;
import hallq.protocol.event.TicketChanged;
import hallq.protocol.hall.Zone;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the server's snapshots and events change in the pad's picture: this window, the queues of its zones,
 * today's no-shows. Everything else in the hall is not the pad's business.
 */
final class ServerNews {
    private ServerNews() {
    }

    static PadState afterEvent(PadState s, EventData d) {
        if (s.setup() == null) {
            return s;
        }
        if (d instanceof CounterChanged c) {
            return c.counter().id().equals(s.setup().counter().id()) ? s.withCounter(c.counter()) : s;
        } else if (d instanceof QueueChanged q) {
            ZoneStatus old = s.queues().get(q.zone());
            // the event carries the counts only; names stay from the snapshot
            return old == null ? s : s.withQueue(new ZoneStatus(old.id(), old.name(), old.nameEn(), old.prefix(),
                    q.waiting(), q.greenWaiting(), q.longestWaitSec()));
        } else if (d instanceof TicketChanged t) {
            if (t.change() == TicketChange.NO_SHOW) {
                return s.withNoShow(t.ticket().number(), true);
            }
            return t.change() == TicketChange.REQUEUED ? s.withNoShow(t.ticket().number(), false) : s;
        }
        return s; // calls, faults and kinds this pad does not know
    }

    static PadState withSnapshot(PadState s, Snapshot snap) {
        if (s.setup() == null) {
            return s;
        }
        String id = s.setup().counter().id();
        CounterView mine = snap.counters().stream().filter(c -> c.id().equals(id)).findFirst().orElse(s.counter());
        Map<String, ZoneStatus> queues = new LinkedHashMap<>();
        for (Zone z : s.setup().servedZones()) {
            queues.put(z.id(), snap.zones().stream().filter(q -> q.id().equals(z.id())).findFirst()
                    .orElse(new ZoneStatus(z.id(), z.name(), z.nameEn(), z.prefix(), 0, 0, 0)));
        }
        return s.withCounter(mine).withQueues(queues);
    }
}
