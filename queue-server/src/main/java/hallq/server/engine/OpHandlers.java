package hallq.server.engine;

import static hallq.server.engine.TypedArguments.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Op;
import hallq.protocol.TicketView;
import hallq.protocol.hall.Device;
import hallq.protocol.message.Replies.Done;
import hallq.protocol.message.Requests.AttachPhone;
import hallq.protocol.message.Requests.CheckIn;
import hallq.protocol.message.Requests.Finish;
import hallq.protocol.message.Replies.CaseReply;
import hallq.protocol.message.Requests.CaseMailed;
import hallq.protocol.message.Requests.CaseReady;
import hallq.protocol.message.Requests.CaseReturned;
import hallq.protocol.message.Requests.Issue;
import hallq.protocol.message.Requests.Login;
import hallq.protocol.message.Requests.Logout;
import hallq.protocol.message.Requests.NoShowsToday;
import hallq.protocol.message.Requests.Pause;
import hallq.protocol.message.Requests.Rate;
import hallq.protocol.message.Requests.Report;
import hallq.protocol.message.Requests.Requeue;
import hallq.protocol.message.Requests.Resume;
import hallq.protocol.message.Requests.SnapshotNow;
import hallq.protocol.message.Requests.Transfer;
import hallq.protocol.message.Replies.Issued;
import hallq.protocol.message.Replies.LoggedIn;
import hallq.protocol.message.Replies.NoShows;
import hallq.protocol.message.Replies.SnapshotReply;
import hallq.protocol.message.Replies.TicketReply;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.matters.MatterCatalogue;
import hallq.protocol.message.Replies.MattersReply;
import hallq.protocol.message.Requests.Matters;
import hallq.protocol.message.Requests.CasePhone;
import hallq.protocol.message.Requests.CaseCallList;
import hallq.protocol.message.Requests.CaseNotified;
import hallq.protocol.message.Replies.CaseCalls;
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

    /** One op's work, on the hall thread: its typed request in, protocol's reply record out ({@link Replies}). */
    @FunctionalInterface
    interface Handler<Q, R> {
        R run(HallQueue queue, Device device, Q request);
    }

    private record Entry<Q, R>(Class<Q> request, Class<R> reply, Handler<Q, R> handler) {
        R run(HallQueue queue, Device device, JsonNode args) {
            return handler.run(queue, device, TypedArguments.read(args, request));
        }
    }

    private static final Done DONE = new Done();
    private final Map<Op, Entry<?, ?>> handlers = new EnumMap<>(Op.class);

    OpHandlers(HallConfig hall, Clock clock, ZoneId zoneId) {
        KioskRateLimiter kiosks = new KioskRateLimiter(clock, hall.policy().kioskRate());
        on(Op.ISSUE, Issue.class, Issued.class, (q, d, r) -> {
            if (!kiosks.tryAcquire(d.id())) {
                throw new HallException(ErrorCode.RATE_LIMITED, "more than " + hall.policy().kioskRate()
                        + " tickets a minute from " + d.id());
            }
            // with a case (issue 18) the case decides the zone: a pickup or a return after 补正
            TicketView t = q.issue(d.id(), r.caseRef() == null ? required(r.zone(), "zone") : r.zone(),
                    Boolean.TRUE.equals(r.green()), r.idCard(), r.caseRef(), r.greenReason());
            // the private link's key goes to the kiosk that prints it, never into events (contract section 8)
            return new Issued(t, q.ticketKey(LocalDate.parse(t.day()), t.number()).orElseThrow());
        });
        on(Op.LOGIN, Login.class, LoggedIn.class, (q, d, r) -> new LoggedIn(
                q.login(d.counter(), required(r.clerk(), "clerk"), required(r.pin(), "pin"))));
        on(Op.LOGOUT, Logout.class, Done.class, (q, d, r) -> {
            q.logout(d.counter());
            return DONE;
        });
        on(Op.CALL_NEXT, NoArguments.class, TicketReply.class, (q, d, r) -> new TicketReply(q.callNext(d.counter())));
        on(Op.RECALL, NoArguments.class, TicketReply.class, (q, d, r) -> new TicketReply(q.recall(d.counter())));
        on(Op.START, NoArguments.class, TicketReply.class, (q, d, r) -> new TicketReply(q.start(d.counter())));
        on(Op.FINISH, Finish.class, TicketReply.class, (q, d, r) -> {
            required(r.outcome(), "outcome");
            return q.finish(d.counter(), r);
        });
        on(Op.NO_SHOW, NoArguments.class, TicketReply.class, (q, d, r) -> new TicketReply(q.noShow(d.counter())));
        on(Op.REQUEUE, Requeue.class, TicketReply.class, (q, d, r) -> new TicketReply(q.requeue(d.counter(),
                required(r.ticket(), "ticket"))));
        on(Op.TRANSFER, Transfer.class, TicketReply.class, (q, d, r) -> new TicketReply(q.transfer(d.counter(),
                required(r.zone(), "zone"))));
        on(Op.PAUSE, Pause.class, Done.class, (q, d, r) -> {
            q.pause(d.counter(), r.reason());
            return DONE;
        });
        on(Op.RESUME, Resume.class, Done.class, (q, d, r) -> {
            q.resume(d.counter());
            return DONE;
        });
        on(Op.RATE, Rate.class, TicketReply.class, (q, d, r) -> new TicketReply(q.rate(d.counter(),
                required(r.ticket(), "ticket"), r.level(), r.reasons(), r.matter())));
        on(Op.NO_SHOWS, NoShowsToday.class, NoShows.class, (q, d, r) -> new NoShows(q.noShowsToday()));
        on(Op.REPORT, Report.class, Done.class, (q, d, r) -> {
            String fault = required(r.fault(), "fault");
            log.warn("{} reports {}: {}", d.id(), LogText.of(fault), LogText.of(r.message()));
            q.deviceReport(d.id(), d.role().wire(), fault, r.message());
            return DONE;
        });
        on(Op.SNAPSHOT, SnapshotNow.class, SnapshotReply.class, (q, d, r) ->
                new SnapshotReply(WireJson.snapshot(q.snapshot(), hall, d, zoneId), q.seq()));
        // bookings (contract section 9): a booked citizen's arrival makes a ticket, counted like an issued one
        on(Op.CHECK_IN, CheckIn.class, Issued.class, (q, d, r) -> {
            if (!kiosks.tryAcquire(d.id())) {
                throw new HallException(ErrorCode.RATE_LIMITED, "more than " + hall.policy().kioskRate()
                        + " tickets a minute from " + d.id());
            }
            TicketView t = q.checkIn(d.id(), r.code(), r.idCard());
            return new Issued(t, q.ticketKey(LocalDate.parse(t.day()), t.number()).orElseThrow());
        });
        // cases (issue 18): the back office's changes
        on(Op.CASE_READY, CaseReady.class, CaseReply.class, (q, d, r) ->
                new CaseReply(q.caseReady(d, required(r.caseId(), "case"))));
        on(Op.CASE_RETURNED, CaseReturned.class, CaseReply.class, (q, d, r) ->
                new CaseReply(q.caseReturned(d, required(r.caseId(), "case"), r.reason())));
        on(Op.CASE_MAILED, CaseMailed.class, CaseReply.class, (q, d, r) ->
                new CaseReply(q.caseMailed(d, required(r.caseId(), "case"), r.tracking())));
        // phone2 (issue 17): a walk-in ticket's phone, attached by the kiosk that issued it (limited like issuing)
        on(Op.ATTACH_PHONE, AttachPhone.class, TicketReply.class, (q, d, r) -> {
            if (!kiosks.tryAcquire(d.id())) {
                throw new HallException(ErrorCode.RATE_LIMITED, "more than " + hall.policy().kioskRate()
                        + " tickets a minute from " + d.id());
            }
            return new TicketReply(q.attachPhoneAt(d.id(), required(r.ticket(), "ticket"), required(r.phone(), "phone")));
        });
        // cases2 (issue 18): the matters catalogue, read-only (the hall file's, with initials)
        MatterCatalogue matters = new MatterCatalogue(hall.matters());
        on(Op.MATTERS, Matters.class, MattersReply.class, (q, d, r) ->
                new MattersReply(r.zone() == null ? matters.all() : matters.inZone(r.zone())));
        // cases2 (issue 18): the phone given at the window, the pickup window's 待通知 list and its calls
        on(Op.CASE_PHONE, CasePhone.class, CaseReply.class, (q, d, r) ->
                new CaseReply(q.casePhone(d.counter(), required(r.caseId(), "case"), required(r.phone(), "phone"))));
        on(Op.CASE_CALLS, CaseCallList.class, CaseCalls.class, (q, d, r) -> new CaseCalls(q.caseCalls()));
        on(Op.CASE_NOTIFIED, CaseNotified.class, CaseReply.class, (q, d, r) ->
                new CaseReply(q.caseNotified(d.counter(), required(r.caseId(), "case"))));
        // rating (issue 20): the 差评 closed loop, managers only (Op's role)
        on(Op.RATING_ITEMS, hallq.protocol.message.Requests.RatingItems.class,
                hallq.protocol.message.Replies.RatingItemList.class, (q, d, r) ->
                        new hallq.protocol.message.Replies.RatingItemList(q.ratingItems(), q.day().toString()));
        on(Op.RATING_STEP, hallq.protocol.message.Requests.RatingStep.class,
                hallq.protocol.message.Replies.RatingItemReply.class, (q, d, r) ->
                        new hallq.protocol.message.Replies.RatingItemReply(q.ratingStep(d,
                                required(r.item(), "item"), r.to(), r.note(), r.responsible())));
        for (Op op : Op.values()) {
            if (!handlers.containsKey(op) && !ANSWERED_AT_THE_EDGE.contains(op)) {
                throw new IllegalStateException("op without handler: " + op); // found by the first test, not a hall
            }
        }
    }

    /** The arguments of a window act that takes none ({@link hallq.protocol.message.Requests.WindowAct}). */
    record NoArguments() {
    }

    private <Q, R> void on(Op op, Class<Q> request, Class<R> reply, Handler<Q, R> h) {
        handlers.put(op, new Entry<>(request, reply, h));
    }

    /** The record an {@code ok} reply to {@code op} carries (the terminals read it as their request's reply type). */
    Class<?> replyType(Op op) {
        Entry<?, ?> e = handlers.get(op);
        return e == null ? null : e.reply();
    }

    /** The typed request {@code op}'s arguments are read as. */
    Class<?> requestType(Op op) {
        Entry<?, ?> e = handlers.get(op);
        return e == null ? null : e.request();
    }

    /**
     * Runs {@code op}'s handler over its arguments (checked at the edge, read here as the op's typed request); a
     * refusal is thrown as a {@link HallException} before anything changed.
     */
    void run(Op op, HallQueue queue, Device device, JsonNode args, ObjectNode reply) {
        Entry<?, ?> e = handlers.get(op);
        if (e == null) {
            // the network side answers these; a refusal, not a failure, if one ever gets here
            throw new HallException(ErrorCode.UNKNOWN_OP, "'" + op + "' is not for the hall thread");
        }
        ReplyFields.write(e.run(queue, device, args), reply);
    }
}
