package hallq.server.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.CounterView;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Snapshot;
import hallq.protocol.ZoneStatus;
import hallq.protocol.event.Event;
import hallq.protocol.hall.Counter;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Role;
import hallq.server.queue.HallEvent;
import hallq.server.queue.HallSnapshot;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The JSON shapes of replies, errors, events and snapshots (protocol section 4). */
public final class WireJson {
    private static final ObjectMapper JSON = Json.mapper();

    private WireJson() {
    }

    public static ObjectNode ok(String re) {
        ObjectNode n = JSON.createObjectNode();
        n.put("re", re);
        n.put("ok", true);
        return n;
    }

    public static ObjectNode error(String re, ErrorCode code, String reason, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("re", re);
        n.put("ok", false);
        ObjectNode e = n.putObject("error");
        e.put("code", code.name());
        e.put("message", message);
        if (reason != null) {
            e.put("reason", reason);
        }
        return n;
    }

    /** The event as it travels: protocol's {@link Event}, written by the mapping the terminals read it with. */
    public static Event event(HallEvent e, ZoneId zone) {
        return new Event(e.seq(), Json.time(e.at(), zone), e.data());
    }

    /** Whether this device sees this event: device reports go to managers; zone displays see their zones. */
    public static boolean sees(Device device, HallEvent e) {
        if (e.kind().equals(HallEvent.DEVICE) || e.data() instanceof hallq.protocol.event.RatingItemChanged) {
            // rating (issue 20): a 差评 work item names a clerk and a citizen's complaint: managers only
            return device.role() == Role.MANAGER;
        }
        if (e.data() instanceof hallq.protocol.event.CaseChanged) {
            // cases (issue 18): managers, and back-office devices of the case's zone
            return hallq.server.cases.Cases.mayAct(device, e.zones().iterator().next());
        }
        return sees(device, e.zones());
    }

    /** Whether this device sees events of these zones: a display with zones sees only those. */
    public static boolean sees(Device device, Set<String> zones) {
        if (device.role() != Role.DISPLAY || device.zones().isEmpty() || zones.isEmpty()) {
            return true;
        }
        for (String z : device.zones()) {
            if (zones.contains(z)) {
                return true;
            }
        }
        return false;
    }

    /** The snapshot as {@code device} may see it (zone displays get their zones only; null: anybody, over HTTP). */
    public static Snapshot snapshot(HallSnapshot s, HallConfig hall, Device device, ZoneId zone) {
        List<ZoneStatus> zones = s.zones().stream()
                .filter(z -> device == null || sees(device, Set.of(z.id()))).toList();
        // anonymous (GET /api/snapshot): no personal data, so no clerk at the windows (contract section 5)
        List<CounterView> counters = s.counters().stream()
                .filter(c -> device == null || sees(device, counterZones(hall, c.id())))
                .map(c -> device != null || c.clerk() == null ? c : new CounterView(c.id(), c.name(), c.nameEn(),
                        c.state(), c.ticket(), null, c.pauseReason(), c.servedToday(), c.avgServiceSec()))
                .toList();
        List<Event> calls = s.recentCalls().stream()
                .filter(e -> device == null || sees(device, e.zones()))
                .map(e -> event(e, zone)).toList();
        return new Snapshot(zones, counters, calls);
    }

    private static Set<String> counterZones(HallConfig hall, String counter) {
        return hall.counter(counter).map(Counter::allZones).orElse(Set.of());
    }

    /** A reply, error or {@link Event} as its JSON text. */
    public static String text(Object n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
