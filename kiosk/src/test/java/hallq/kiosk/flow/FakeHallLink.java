package hallq.kiosk.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.Json;
import hallq.protocol.TicketView;
import hallq.protocol.ZoneStatus;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A server connection the test plays: it sends hellos, events and replies in the contract's shapes. */
public final class FakeHallLink implements HallLink {
    public record Sent(String op, ObjectNode args, CompletableFuture<JsonNode> reply) {
        public String arg(String name) {
            return args.hasNonNull(name) ? args.get(name).asText() : null;
        }
    }

    final List<Sent> sent = new ArrayList<>();
    private Listener listener;
    private long seq = 100;
    boolean closed;

    @Override
    public void start(Listener listener) {
        this.listener = listener;
    }

    @Override
    public CompletableFuture<JsonNode> request(String op, ObjectNode args) {
        Sent s = new Sent(op, args.deepCopy(), new CompletableFuture<>());
        sent.add(s);
        return s.reply;
    }

    @Override
    public void close() {
        closed = true;
    }

    public List<Sent> sent(String op) {
        return sent.stream().filter(s -> s.op.equals(op)).toList();
    }

    public Sent last(String op) {
        List<Sent> l = sent(op);
        if (l.isEmpty()) {
            throw new AssertionError("no '" + op + "' was sent; sent: " + sent.stream().map(Sent::op).toList());
        }
        return l.get(l.size() - 1);
    }

    // ---- the server's side -----------------------------------------------------------------------------------

    /** A hello reply as the server sends it: hall without secrets, snapshot zones, seq. */
    public void connect(HallConfig hall, Map<String, Integer> waiting) {
        ObjectNode hello = Json.mapper().createObjectNode();
        hello.put("re", "h-1");
        hello.put("ok", true);
        hello.put("role", "kiosk");
        hello.set("hall", Json.mapper().valueToTree(hall.withoutSecrets()));
        ObjectNode snapshot = hello.putObject("snapshot");
        ArrayNode zones = snapshot.putArray("zones");
        for (Zone z : hall.zones()) {
            zones.add(Json.mapper().valueToTree(new ZoneStatus(z.id(), z.name(), z.nameEn(), z.prefix(),
                    waiting.getOrDefault(z.id(), 0), 0, 0)));
        }
        snapshot.putArray("counters");
        snapshot.putArray("recentCalls");
        hello.put("seq", seq);
        listener.connected(hello);
    }

    public void queue(String zone, int waiting) {
        ObjectNode e = Json.mapper().createObjectNode();
        e.put("event", "queue");
        e.put("seq", ++seq);
        e.put("at", "2026-11-22T09:15:02.113+08:00");
        e.put("zone", zone);
        e.put("waiting", waiting);
        e.put("greenWaiting", 0);
        e.put("longestWaitSec", 0);
        listener.event(e);
    }

    public void drop(String why) {
        listener.disconnected(why);
    }

    public static void ok(Sent s, TicketView ticket) {
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("re", "x");
        r.put("ok", true);
        r.set("ticket", Json.mapper().valueToTree(ticket));
        s.reply.complete(r);
    }

    public static void ok(Sent s) {
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("re", "x");
        r.put("ok", true);
        s.reply.complete(r);
    }

    public static void error(Sent s, String code, String reason, String message) {
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("re", "x");
        r.put("ok", false);
        ObjectNode e = r.putObject("error");
        e.put("code", code);
        if (reason != null) {
            e.put("reason", reason);
        }
        e.put("message", message);
        s.reply.complete(r);
    }
}
