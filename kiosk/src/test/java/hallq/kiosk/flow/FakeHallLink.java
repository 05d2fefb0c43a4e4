package hallq.kiosk.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Snapshot;
import hallq.protocol.TicketView;
import hallq.protocol.ZoneStatus;
import hallq.protocol.client.HallClient;
import hallq.protocol.event.Event;
import hallq.protocol.event.QueueChanged;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Role;
import hallq.protocol.hall.Zone;
import hallq.protocol.message.Refused;
import hallq.protocol.message.Replies.Done;
import hallq.protocol.message.Replies.Issued;
import hallq.protocol.message.Replies.Welcome;
import hallq.protocol.message.Request;
import hallq.terminal.link.HallLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A server connection the test plays: it hands the model the contract's typed hellos, events and replies. */
public final class FakeHallLink implements HallLink {
    /** A request the model made, and its reply for the test to give. */
    public record Sent(Request<?> request, CompletableFuture<Object> reply) {
        public String op() {
            return request.op().wire();
        }

        /** The request's arguments as they go on the wire. */
        public ObjectNode args() {
            return Json.mapper().valueToTree(request);
        }

        public String arg(String name) {
            ObjectNode args = args();
            return args.hasNonNull(name) ? args.get(name).asText() : null;
        }
    }

    final List<Sent> sent = new ArrayList<>();
    private HallClient.HallListener listener;
    private long seq = 100;
    boolean closed;

    @Override
    public void start(HallClient.HallListener listener) {
        this.listener = listener;
    }

    /** As protocol's client's, the future is one built on the reply's: a failure reaches the model wrapped. */
    @Override
    public <R> CompletableFuture<R> call(Request<R> request) {
        Sent s = new Sent(request, new CompletableFuture<>());
        sent.add(s);
        return s.reply.thenApply(request.replyType()::cast);
    }

    @Override
    public void close() {
        closed = true;
    }

    public List<Sent> sent(String op) {
        return sent.stream().filter(s -> s.op().equals(op)).toList();
    }

    public Sent last(String op) {
        List<Sent> l = sent(op);
        if (l.isEmpty()) {
            throw new AssertionError("no '" + op + "' was sent; sent: " + sent.stream().map(Sent::op).toList());
        }
        return l.get(l.size() - 1);
    }

    // ---- the server's side -----------------------------------------------------------------------------------

    /** A hello's welcome as the server gives it: the hall without secrets, the snapshot's zones, seq. */
    public void connect(HallConfig hall, Map<String, Integer> waiting) {
        List<ZoneStatus> zones = new ArrayList<>();
        for (Zone z : hall.zones()) {
            zones.add(new ZoneStatus(z.id(), z.name(), z.nameEn(), z.prefix(), waiting.getOrDefault(z.id(), 0), 0, 0));
        }
        listener.connected(new Welcome(Role.KIOSK, null, hall.withoutSecrets(),
                new Snapshot(zones, List.of(), List.of()), seq));
    }

    public void queue(String zone, int waiting) {
        listener.event(new Event(++seq, "2026-11-22T09:15:02.113+08:00", new QueueChanged(zone, waiting, 0, 0)));
    }

    public void drop(String why) {
        listener.disconnected(why);
    }

    /** The answer; no key, so that the status link is the public one. */
    public static void ok(Sent s, TicketView ticket) {
        s.reply.complete(new Issued(ticket, null));
    }

    /** phone2: a reply of a ticket (attach-phone's). */
    public static void ticket(Sent s, TicketView ticket) {
        s.reply.complete(new hallq.protocol.message.Replies.TicketReply(ticket, null));
    }

    public static void ok(Sent s) {
        s.reply.complete(new Done());
    }

    public static void error(Sent s, String code, String reason, String message) {
        s.reply.completeExceptionally(new Refused(ErrorCode.valueOf(code), reason, message));
    }
}
