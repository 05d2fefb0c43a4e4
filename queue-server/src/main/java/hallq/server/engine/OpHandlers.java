package hallq.server.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Op;
import hallq.protocol.TicketView;
import hallq.protocol.hall.Device;
import hallq.protocol.message.Replies.Done;
import hallq.protocol.message.Replies.Issued;
import hallq.protocol.message.Replies.LoggedIn;
import hallq.protocol.message.Replies.NoShows;
import hallq.protocol.message.Replies.SnapshotReply;
import hallq.protocol.message.Replies.TicketReply;
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
 * arguments, calls the queue rules and returns protocol's reply record, whose fields go into the reply beside {@code re}
 * and {@code ok}; a refusal is a {@link HallException}. Hall thread only.
 */
final class OpHandlers {
    private static final Logger log = LoggerFactory.getLogger(OpHandlers.class);
    /** The ops the network side answers itself: they never reach the hall thread. */
    static final Set<Op> ANSWERED_AT_THE_EDGE = Set.of(Op.HELLO, Op.PING, Op.STATS);

    /** One op's work, on the hall thread: its reply is protocol's record for the op ({@link Replies}). */
    @FunctionalInterface
    interface Handler<R> {
        R run(HallQueue queue, Device device, Args args);
    }

    private record Entry<R>(Class<R> reply, Handler<R> handler) {
    }

    private static final Done DONE = new Done();
    private final Map<Op, Entry<?>> handlers = new EnumMap<>(Op.class);

    OpHandlers(HallConfig hall, Clock clock, ZoneId zoneId) {
        KioskRateLimiter kiosks = new KioskRateLimiter(clock, hall.policy().kioskRate());
        on(Op.ISSUE, Issued.class, (q, d, a) -> {
            if (!kiosks.tryAcquire(d.id())) {
                throw new HallException(ErrorCode.RATE_LIMITED, "more than " + hall.policy().kioskRate()
                        + " tickets a minute from " + d.id());
            }
            TicketView t = q.issue(d.id(), a.string("zone", true), a.bool("green"), a.string("idCard", false));
            // the private link's key goes to the kiosk that prints it, never into events (contract section 8)
            return new Issued(t, q.ticketKey(LocalDate.parse(t.day()), t.number()).orElseThrow());
        });
        on(Op.LOGIN, LoggedIn.class, (q, d, a) -> new LoggedIn(
                q.login(d.counter(), a.string("clerk", true), a.string("pin", true))));
        on(Op.LOGOUT, Done.class, (q, d, a) -> {
            q.logout(d.counter());
            return DONE;
        });
        on(Op.CALL_NEXT, TicketReply.class, (q, d, a) -> new TicketReply(q.callNext(d.counter())));
        on(Op.RECALL, TicketReply.class, (q, d, a) -> new TicketReply(q.recall(d.counter())));
        on(Op.START, TicketReply.class, (q, d, a) -> new TicketReply(q.start(d.counter())));
        on(Op.FINISH, TicketReply.class, (q, d, a) -> new TicketReply(q.finish(d.counter(), a.outcome("outcome"),
                a.date("dueDate", false))));
        on(Op.NO_SHOW, TicketReply.class, (q, d, a) -> new TicketReply(q.noShow(d.counter())));
        on(Op.REQUEUE, TicketReply.class, (q, d, a) -> new TicketReply(q.requeue(d.counter(),
                a.string("ticket", true))));
        on(Op.TRANSFER, TicketReply.class, (q, d, a) -> new TicketReply(q.transfer(d.counter(),
                a.string("zone", true))));
        on(Op.PAUSE, Done.class, (q, d, a) -> {
            q.pause(d.counter(), a.string("reason", false));
            return DONE;
        });
        on(Op.RESUME, Done.class, (q, d, a) -> {
            q.resume(d.counter());
            return DONE;
        });
        on(Op.RATE, TicketReply.class, (q, d, a) -> new TicketReply(q.rate(d.counter(), a.string("ticket", true),
                a.integer("level"))));
        on(Op.NO_SHOWS, NoShows.class, (q, d, a) -> new NoShows(q.noShowsToday()));
        on(Op.REPORT, Done.class, (q, d, a) -> {
            String fault = a.string("fault", true);
            String message = a.string("message", false);
            log.warn("{} reports {}: {}", d.id(), LogText.of(fault), LogText.of(message));
            q.deviceReport(d.id(), d.role().wire(), fault, message);
            return DONE;
        });
        on(Op.SNAPSHOT, SnapshotReply.class, (q, d, a) ->
                new SnapshotReply(WireJson.snapshot(q.snapshot(), hall, d, zoneId), q.seq()));
        for (Op op : Op.values()) {
            if (!handlers.containsKey(op) && !ANSWERED_AT_THE_EDGE.contains(op)) {
                throw new IllegalStateException("op without handler: " + op); // found by the first test, not a hall
            }
        }
    }

    private <R> void on(Op op, Class<R> reply, Handler<R> h) {
        handlers.put(op, new Entry<>(reply, h));
    }

    /** The record an {@code ok} reply to {@code op} carries (the terminals read it as their request's reply type). */
    Class<?> replyType(Op op) {
        Entry<?> e = handlers.get(op);
        return e == null ? null : e.reply();
    }

    /** Runs {@code op}'s handler; a refusal is thrown as a {@link HallException} before anything changed. */
    void run(Op op, HallQueue queue, Device device, Args args, ObjectNode reply) {
        Entry<?> e = handlers.get(op);
        if (e == null) {
            // the network side answers these; a refusal, not a failure, if one ever gets here
            throw new HallException(ErrorCode.UNKNOWN_OP, "'" + op + "' is not for the hall thread");
        }
        ReplyFields.write(e.handler().run(queue, device, args), reply);
    }
}
