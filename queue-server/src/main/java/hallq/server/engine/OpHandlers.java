package hallq.server.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Op;
import hallq.protocol.TicketView;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallConfig;
import hallq.server.log.LogText;
import hallq.server.queue.HallException;
import hallq.server.queue.HallQueue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall thread's half of the op table: what each {@link Op} does to the hall ({@link Op} itself says who may send
 * it and what it takes, and the network side checks both before a request gets here). A handler reads its checked
 * arguments, calls the queue rules and fills in the reply; a refusal is a {@link HallException}. Hall thread only.
 */
final class OpHandlers {
    private static final Logger log = LoggerFactory.getLogger(OpHandlers.class);
    private static final ObjectMapper JSON = Json.mapper();
    /** The ops the network side answers itself: they never reach the hall thread. */
    static final Set<Op> ANSWERED_AT_THE_EDGE = Set.of(Op.HELLO, Op.PING, Op.STATS);

    /** One op's work, on the hall thread. */
    @FunctionalInterface
    interface Handler {
        void run(HallQueue queue, Device device, Args args, ObjectNode reply);
    }

    private final Map<Op, Handler> handlers = new EnumMap<>(Op.class);

    OpHandlers(HallConfig hall, Clock clock, ZoneId zoneId) {
        KioskRateLimiter kiosks = new KioskRateLimiter(clock, hall.policy().kioskRate());
        on(Op.ISSUE, (q, d, a, reply) -> {
            if (!kiosks.tryAcquire(d.id())) {
                throw new HallException(ErrorCode.RATE_LIMITED, "more than " + hall.policy().kioskRate()
                        + " tickets a minute from " + d.id());
            }
            TicketView t = q.issue(d.id(), a.string("zone", true), a.bool("green"), a.string("idCard", false));
            ticket(reply, t);
            // the private link's key goes to the kiosk that prints it, never into events (contract section 8)
            reply.put("key", q.ticketKey(LocalDate.parse(t.day()), t.number()).orElseThrow());
        });
        on(Op.LOGIN, (q, d, a, reply) -> reply.set("clerk", JSON.valueToTree(
                q.login(d.counter(), a.string("clerk", true), a.string("pin", true)))));
        on(Op.LOGOUT, (q, d, a, reply) -> q.logout(d.counter()));
        on(Op.CALL_NEXT, (q, d, a, reply) -> ticket(reply, q.callNext(d.counter())));
        on(Op.RECALL, (q, d, a, reply) -> ticket(reply, q.recall(d.counter())));
        on(Op.START, (q, d, a, reply) -> ticket(reply, q.start(d.counter())));
        on(Op.FINISH, (q, d, a, reply) -> ticket(reply, q.finish(d.counter(), a.outcome("outcome"),
                a.date("dueDate", false))));
        on(Op.NO_SHOW, (q, d, a, reply) -> ticket(reply, q.noShow(d.counter())));
        on(Op.REQUEUE, (q, d, a, reply) -> ticket(reply, q.requeue(d.counter(), a.string("ticket", true))));
        on(Op.TRANSFER, (q, d, a, reply) -> ticket(reply, q.transfer(d.counter(), a.string("zone", true))));
        on(Op.PAUSE, (q, d, a, reply) -> q.pause(d.counter(), a.string("reason", false)));
        on(Op.RESUME, (q, d, a, reply) -> q.resume(d.counter()));
        on(Op.RATE, (q, d, a, reply) -> ticket(reply, q.rate(d.counter(), a.string("ticket", true),
                a.integer("level"))));
        on(Op.NO_SHOWS, (q, d, a, reply) -> reply.set("tickets", JSON.valueToTree(q.noShowsToday())));
        on(Op.REPORT, (q, d, a, reply) -> {
            String fault = a.string("fault", true);
            String message = a.string("message", false);
            log.warn("{} reports {}: {}", d.id(), LogText.of(fault), LogText.of(message));
            q.deviceReport(d.id(), d.role().wire(), fault, message);
        });
        on(Op.SNAPSHOT, (q, d, a, reply) -> {
            reply.set("snapshot", JSON.valueToTree(WireJson.snapshot(q.snapshot(), hall, d, zoneId)));
            reply.put("seq", q.seq());
        });
        for (Op op : Op.values()) {
            if (!handlers.containsKey(op) && !ANSWERED_AT_THE_EDGE.contains(op)) {
                throw new IllegalStateException("op without handler: " + op); // found by the first test, not a hall
            }
        }
    }

    private void on(Op op, Handler h) {
        handlers.put(op, h);
    }

    /** Runs {@code op}'s handler; a refusal is thrown as a {@link HallException} before anything changed. */
    void run(Op op, HallQueue queue, Device device, Args args, ObjectNode reply) {
        Handler h = handlers.get(op);
        if (h == null) {
            // the network side answers these; a refusal, not a failure, if one ever gets here
            throw new HallException(ErrorCode.UNKNOWN_OP, "'" + op + "' is not for the hall thread");
        }
        h.run(queue, device, args, reply);
    }

    /** The ticket goes in as the record itself, written straight to JSON with the reply: no tree in between. */
    private static void ticket(ObjectNode reply, TicketView t) {
        reply.putPOJO("ticket", t);
    }
}
