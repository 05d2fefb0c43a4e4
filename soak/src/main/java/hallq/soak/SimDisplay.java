package hallq.soak;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A caller display: the state it would show, from each hello's snapshot and then the pushed events, compared at the
 * end with the server's own snapshot. It also checks that no ticket is called (not recalled) twice.
 */
final class SimDisplay extends Terminal {
    static final int RECENT = 10;

    /** zone → "waiting/greenWaiting" */
    private final Map<String, String> zones = new TreeMap<>();
    /** counter → "state ticket" */
    private final Map<String, String> counters = new TreeMap<>();
    /** newest first: "number@counter" */
    private final List<String> recent = new ArrayList<>();
    private final Map<String, String> calledOnce = new java.util.HashMap<>();

    SimDisplay(String device, Ledger ledger) {
        super(device, ledger);
    }

    @Override
    public synchronized void connected(JsonNode hello) {
        JsonNode snap = hello.path("snapshot");
        zones.clear();
        counters.clear();
        recent.clear();
        snap.path("zones").forEach(this::zone);
        snap.path("counters").forEach(this::counter);
        snap.path("recentCalls").forEach(c -> recent.add(call(c)));
    }

    @Override
    public synchronized void event(JsonNode e) {
        switch (e.path("event").asText()) {
            case "queue" -> zones.put(e.path("zone").asText(), e.path("waiting").asInt() + "/"
                    + e.path("greenWaiting").asInt());
            case "counter" -> counter(e.path("counter"));
            case "called" -> {
                String c = call(e);
                if (!e.path("recall").asBoolean()) {
                    String key = e.path("ticket").path("day").asText() + "/" + e.path("ticket").path("number").asText();
                    String before = calledOnce.putIfAbsent(key, c);
                    if (before != null) {
                        ledger.problem(device + " saw " + c + " called after " + before);
                    }
                }
                recent.add(0, c);
                while (recent.size() > RECENT) {
                    recent.remove(recent.size() - 1);
                }
            }
            default -> {
            }
        }
        if (ledger != null) {
            ledger.changed();
        }
    }

    private void zone(JsonNode z) {
        zones.put(z.path("id").asText(), z.path("waiting").asInt() + "/" + z.path("greenWaiting").asInt());
    }

    private void counter(JsonNode c) {
        counters.put(c.path("id").asText(), c.path("state").asText() + " " + c.path("ticket").path("number").asText(""));
    }

    private static String call(JsonNode called) {
        return called.path("ticket").path("number").asText() + "@" + called.path("counter").path("id").asText();
    }

    /** What this display shows, in the same words as {@link #of(JsonNode)} for the server's snapshot. */
    synchronized String shown() {
        return "zones " + zones + " counters " + counters + " recent " + recent;
    }

    /** The server's snapshot ({@code GET /api/snapshot}) as a display would show it. */
    static String of(JsonNode snapshot) {
        SimDisplay d = new SimDisplay("snapshot", null);
        JsonNode hello = hallq.protocol.Json.mapper().createObjectNode().set("snapshot", snapshot);
        d.connected(hello);
        return d.shown();
    }
}
