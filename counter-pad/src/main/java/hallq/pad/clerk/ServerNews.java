package hallq.pad.clerk;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.CounterView;
import hallq.protocol.Json;
import hallq.protocol.Snapshot;
import hallq.protocol.ZoneStatus;
import hallq.protocol.hall.Zone;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server's snapshots and events change in the pad's picture: this window, the queues of its zones,
 * today's no-shows. Everything else in the hall is not the pad's business.
 */
final class ServerNews {
    private static final Logger log = LoggerFactory.getLogger(ServerNews.class);

    private ServerNews() {
    }

    static PadState afterEvent(PadState s, JsonNode e) {
        if (s.setup() == null) {
            return s;
        }
        switch (e.path("event").asText()) {
            case "counter" -> {
                CounterView c = read(e.path("counter"), CounterView.class);
                return c != null && c.id().equals(s.setup().counter().id()) ? s.withCounter(c) : s;
            }
            case "queue" -> {
                ZoneStatus old = s.queues().get(e.path("zone").asText());
                // the event carries the counts only; names stay from the snapshot
                return old == null ? s : s.withQueue(new ZoneStatus(old.id(), old.name(), old.nameEn(), old.prefix(),
                        e.path("waiting").asInt(), e.path("greenWaiting").asInt(), e.path("longestWaitSec").asInt()));
            }
            case "ticket" -> {
                String change = e.path("change").asText();
                String number = e.path("ticket").path("number").asText();
                if (change.equals("no_show")) {
                    return s.withNoShow(number, true);
                }
                return change.equals("requeued") ? s.withNoShow(number, false) : s;
            }
            default -> {
                return s;
            }
        }
    }

    static PadState withSnapshot(PadState s, JsonNode snapshotJson) {
        Snapshot snap = read(snapshotJson, Snapshot.class);
        if (snap == null || s.setup() == null) {
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

    private static <T> T read(JsonNode n, Class<T> type) {
        try {
            return n == null || n.isMissingNode() || n.isNull() ? null : Json.mapper().treeToValue(n, type);
        } catch (Exception ex) {
            log.warn("unreadable {} from the server: {}", type.getSimpleName(), ex.getMessage());
            return null;
        }
    }
}
