package hallq.server.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.TicketView;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.message.Replies.Welcome;
import hallq.server.health.Heartbeat;
import hallq.server.log.LogText;
import hallq.server.log.RefusalLog;
import hallq.server.queue.Effects;
import hallq.server.queue.HallEvent;
import hallq.server.queue.HallException;
import hallq.server.queue.HallQueue;
import hallq.server.queue.IdHasher;
import hallq.server.queue.LoginGuard;
import hallq.server.store.HallStorage;
import hallq.server.store.JournalEntry;
import hallq.server.store.StoredReply;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall thread: the one owner of the {@link HallQueue}. It takes every command waiting at that moment, applies
 * them in order and hands all they changed to the disk as one batch ({@link GroupCommitter}); it sends the batch's
 * replies and events only once the disk reports it written, and meanwhile goes on with the next batch. Batches are
 * answered in the order they were made. A batch that cannot be written is answered INTERNAL, with every batch made
 * after it, and undone by reloading the hall from disk, so an {@code ok} reply always means on disk.
 */
public final class HallEngine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HallEngine.class);
    private static final ObjectMapper JSON = Json.mapper();
    private static final int MAX_BATCH = 1024;
    /**
     * Requests from the network that may wait for the hall thread at once; past it {@link #submit} refuses with
     * RATE_LIMITED reason {@code BUSY}. Each holds at most its checked arguments ({@link OpArguments}), a few KB.
     */
    public static final int MAX_WAITING = 4096;
    /** The contract promises 10 minutes; a little more covers clock steps. */
    static final Duration KEEP_REPLIES = Duration.ofMinutes(15);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    /**
     * A reply made in a batch, sent once the batch is on disk; {@code text} is the reply as JSON when it was made
     * already (to be kept), else null.
     */
    private record Pending(Command command, ObjectNode reply, String text, boolean fresh, Object queryResult) {
    }

    /**
     * A batch made and not yet answered: it waits for the disk ({@code writes}), or only for the batches before it.
     * {@code prunedAt} is set when it also dropped the kept replies that are too old.
     */
    private record Flight(long id, List<Pending> pending, List<HallEvent> events, List<StoredReply> toStore,
                          long seq, Instant prunedAt, boolean writes) {
    }

    private final HallConfig hall;
    private final HallStorage store;
    private final Clock clock;
    private final ZoneId zoneId;
    private final IdHasher hasher;
    private final BlockingQueue<Command> inbox = new LinkedBlockingQueue<>();
    private final KeptReplies replies;
    private final OpHandlers handlers;
    private final Fanout fanout;
    private final GroupCommitter disk;
    private final ArrayDeque<Flight> inFlight = new ArrayDeque<>();
    /** Commands taken while waiting for the disk, for the next batch. */
    private final List<Command> deferred = new ArrayList<>();
    private long nextFlight;
    private final Thread thread;
    private final Heartbeat heartbeat = new Heartbeat(System.nanoTime());
    /** Requests from the network in the inbox (not the disk's reports, not a client leaving). */
    private final AtomicInteger waiting = new AtomicInteger();
    /** Each device's refusals, said in the log at most once a second; devices are the hall file's, so bounded. */
    private final Map<String, RefusalLog> refusals = new HashMap<>();
    /** Wrong PINs in a row: kept across a rebuilt queue, so a failed write does not reset a lockout. */
    private final LoginGuard logins = new LoginGuard();
    private HallQueue queue;
    private Instant lastPrune;
    private volatile long committedSeq;
    private volatile boolean running = true;

    public HallEngine(HallConfig hall, HallStorage store, Clock clock) throws SQLException {
        this(hall, store, clock, null);
    }

    /**
     * As above; {@code onDeath} hears of the hall or disk thread dying of something uncaught (null: the JVM's
     * default handler, which {@code Main} makes a {@link hallq.server.health.Supervisor}).
     */
    public HallEngine(HallConfig hall, HallStorage store, Clock clock, Thread.UncaughtExceptionHandler onDeath)
            throws SQLException {
        this.hall = hall;
        this.store = store;
        this.clock = clock;
        this.zoneId = ZoneId.of(hall.hall().timezone());
        this.hasher = new IdHasher(store.salt());
        this.handlers = new OpHandlers(hall, clock, zoneId);
        this.fanout = new Fanout(zoneId);
        Instant now = clock.instant();
        this.replies = new KeptReplies(store, KEEP_REPLIES, now);
        this.lastPrune = now;
        loadQueue();
        // what the store could never write is told to the managers: what a start set aside at once, on this thread
        // (the hall just loaded lacks it already); one set aside later is in the live hall, which is rebuilt then
        AtomicBoolean starting = new AtomicBoolean(true);
        store.onSetAside(s -> inbox.add(new Command.ServerReport("JOURNAL_SET_ASIDE", s.summary(), !starting.get())));
        starting.set(false);
        this.disk = new GroupCommitter(store, inbox::add, onDeath);
        this.thread = new Thread(this::run, "hall");
        thread.setUncaughtExceptionHandler(onDeath);
    }

    public HallEngine start() {
        disk.start();
        thread.start();
        return this;
    }

    /**
     * Hands a command to the hall thread. A request is refused with RATE_LIMITED reason {@code BUSY} when
     * {@link #MAX_WAITING} wait already; a client leaving is always taken.
     */
    public void submit(Command c) {
        if (!running) {
            throw new IllegalStateException("the hall is shutting down");
        }
        if (counted(c) && waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            throw new HallException(ErrorCode.RATE_LIMITED, "BUSY", "the hall is very busy: try again in a moment");
        }
        inbox.add(c);
    }

    private static boolean counted(Command c) {
        return !(c instanceof Command.Leave) && !(c instanceof Command.Written)
                && !(c instanceof Command.ServerReport);
    }

    /** A command taken from the inbox. */
    private Command took(Command c) {
        if (c != null && counted(c)) {
            waiting.decrementAndGet();
        }
        return c;
    }

    /**
     * Whether the hall thread completed a turn in the last 5 s (it turns at least once a second when idle): what
     * {@code /healthz} and {@code ping} report.
     */
    public boolean healthy() {
        return !heartbeat.stalled(System.nanoTime());
    }

    /** The last event number that is on disk. */
    public long seq() {
        return committedSeq;
    }

    public HallConfig hall() {
        return hall;
    }

    public ZoneId zoneId() {
        return zoneId;
    }

    public Clock clock() {
        return clock;
    }

    /** Rebuilds the live hall from disk and writes what starting it changed (tickets left from a past day). */
    private void loadQueue() throws SQLException {
        queue = new HallQueue(hall, clock, hasher, store.load(LocalDate.ofInstant(clock.instant(), zoneId)), logins);
        Effects startup = queue.takeEffects();
        if (!startup.isEmpty()) {
            store.commit(startup, List.of(), queue.seq(), null);
        }
        committedSeq = queue.seq();
    }

    private void run() {
        List<Command> taken = new ArrayList<>();
        List<Command> batch = new ArrayList<>();
        while (running || !inbox.isEmpty() || !inFlight.isEmpty() || !deferred.isEmpty()) {
            try {
                heartbeat.beat(System.nanoTime());
                taken.addAll(deferred);
                deferred.clear();
                int fresh = taken.size();
                if (taken.isEmpty()) {
                    Command first = inbox.poll(Math.max(1, Math.min(1000, fanout.nextFlushMs() - clock.millis())),
                            TimeUnit.MILLISECONDS);
                    if (first != null) {
                        taken.add(first);
                    }
                }
                inbox.drainTo(taken, Math.max(0, MAX_BATCH - taken.size()));
                for (int i = fresh; i < taken.size(); i++) {
                    took(taken.get(i));
                }
                for (Command c : taken) {
                    if (c instanceof Command.Written w) {
                        written(w);
                    } else {
                        batch.add(c);
                    }
                }
                process(batch); // an empty batch still rolls the day over, prunes old replies, sends held events
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // process() answers what it can itself; this only keeps the hall thread alive
                log.error("hall thread: unexpected failure in a batch", e);
            } finally {
                taken.clear();
                batch.clear();
            }
        }
        try {
            disk.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void process(List<Command> batch) throws InterruptedException {
        if (batch.stream().anyMatch(c -> c instanceof Command.ServerReport r && r.rebuild())) {
            // the database dropped a change the live hall holds (a record set aside): once everything before is
            // answered, the hall is rebuilt from what the database holds, so the two agree again
            awaitDisk();
            reload();
        }
        Instant now = clock.instant();
        boolean poisoned = queue == null;
        if (poisoned) {
            poisoned = !reload();
        }
        Batch b = new Batch(batch.size());
        if (!poisoned) {
            queue.rollOverIfDue();
            queue.markBookingNoShows(); // bookings (contract section 9): written with this batch
        }
        for (Command c : batch) {
            if (poisoned && !(c instanceof Command.Leave)) {
                b.pending.add(new Pending(c, null, null, true, null));
                continue;
            }
            try {
                apply(c, now, b);
            } catch (SQLException | RuntimeException e) {
                // never the command itself: its device carries a token, a login's arguments a PIN
                log.error("hall thread: {} failed unexpectedly", what(c), e);
                b.pending.add(new Pending(c, null, null, true, null));
                poisoned = true;
            }
        }
        JournalEntry entry = null;
        Effects effects = poisoned ? null : queue.takeEffects();
        boolean prune = Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) >= 0;
        boolean writes = !poisoned && (!effects.isEmpty() || !b.toStore.isEmpty() || prune);
        if (writes) {
            try {
                entry = JournalEntry.of(effects, b.toStore, queue.seq(), prune ? now.minus(KEEP_REPLIES) : null);
            } catch (RuntimeException e) {
                log.error("hall thread: a batch that cannot be written", e);
                poisoned = true;
            }
        }
        if (poisoned) {
            awaitDisk(); // the batches before this one stand; then the hall is rebuilt from what is on disk
            reload();
            deliver(b.pending, List.of(), true);
            return;
        }
        if (!writes && (inFlight.isEmpty() || b.pending.isEmpty())) {
            // nothing to wait for, or nothing to answer (held events may go out: they are on disk already)
            deliver(b.pending, List.of(), false);
            return;
        }
        Flight f = new Flight(nextFlight++, b.pending, effects.events(), b.toStore, queue.seq(),
                prune ? now : null, writes);
        inFlight.addLast(f);
        if (prune) {
            lastPrune = now;
        }
        if (writes) {
            disk.submit(f.id(), entry);
        }
    }

    /** The disk's report on a group of batches: answer them, or, when it failed, undo them and all after them. */
    private void written(Command.Written w) throws InterruptedException {
        if (w.failure() != null) {
            // every batch not answered yet rests on the lost ones: none of it stands
            List<Flight> lost = new ArrayList<>(inFlight);
            inFlight.clear();
            reload();
            for (Flight f : lost) {
                deliver(f.pending(), List.of(), true);
            }
            disk.reset();
            return;
        }
        for (int i = 0; i < w.flights().length; i++) {
            answerReady();
            Flight f = inFlight.pollFirst();
            if (f == null || f.id() != w.flights()[i]) {
                throw new IllegalStateException("the disk reported batch " + w.flights()[i] + ", but the next is "
                        + (f == null ? "none" : f.id()));
            }
            replies.written(f.toStore(), w.replyBatches()[i]);
            if (f.prunedAt() != null) {
                replies.prune(f.prunedAt());
            }
            committedSeq = f.seq();
            deliver(f.pending(), f.events(), false);
        }
        answerReady();
    }

    /** Answers the batches at the head that wrote nothing: all before them is on disk. */
    private void answerReady() {
        while (!inFlight.isEmpty() && !inFlight.peekFirst().writes()) {
            Flight f = inFlight.pollFirst();
            committedSeq = f.seq();
            deliver(f.pending(), f.events(), false);
        }
    }

    /** Takes the disk's reports until every batch made is answered; other commands wait for the next batch. */
    private void awaitDisk() throws InterruptedException {
        answerReady();
        while (!inFlight.isEmpty()) {
            Command c = took(inbox.take());
            if (c instanceof Command.Written w) {
                written(w);
            } else {
                deferred.add(c);
            }
        }
    }

    /** What one batch has made so far: replies to send, and replies to keep. */
    private static final class Batch {
        final List<Pending> pending;
        final List<StoredReply> toStore = new ArrayList<>();

        Batch(int size) {
            pending = new ArrayList<>(size);
        }
    }

    /** Applies one command. */
    private void apply(Command c, Instant now, Batch b) throws SQLException {
        if (c instanceof Command.Leave l) {
            fanout.leave(l.client());
        } else if (c instanceof Command.ServerReport r) {
            log.warn("server reports {}: {}", r.fault(), r.message());
            queue.deviceReport("server", "server", r.fault(), r.message());
        } else if (c instanceof Command.Hello h) {
            b.pending.add(new Pending(c, helloReply(h), null, true, null));
        } else if (c instanceof Command.Query<?> q) {
            b.pending.add(new Pending(c, null, null, true, q.read().apply(queue)));
        } else if (c instanceof Command.Op op) {
            boolean keep = op.requestId() != null && op.op().changes();
            KeptReplies.Found kept = keep ? replies.find(op.device().id(), op.requestId()) : null;
            if (kept != null) {
                // a retry: the same reply, done once; if its batch is not on disk yet, it fails with that batch
                b.pending.add(new Pending(c, parse(kept.body()), kept.body(), !kept.onDisk(), null));
                return;
            }
            ObjectNode reply = execute(op);
            String body = null;
            // a refusal changed nothing, so it is not kept: a retry is asked again, as if the first was lost
            if (keep && reply.path("ok").asBoolean()) {
                body = WireJson.text(reply);
                b.toStore.add(replies.made(op.device().id(), op.requestId(), now, body));
            }
            b.pending.add(new Pending(c, reply, body, true, null));
        }
    }

    /** A command as the log may name it. */
    private static String what(Command c) {
        return c instanceof Command.Op op ? op.op() + " from " + op.device().id() : c.getClass().getSimpleName();
    }

    /** Runs one op through its handler; a refusal is answered, and said in the log at most once a second. */
    private ObjectNode execute(Command.Op op) {
        String re = op.requestId();
        Device device = op.device();
        try {
            ObjectNode reply = WireJson.ok(re);
            handlers.run(op.op(), queue, device, op.args(), reply);
            if (op.op().changes()) {
                log.info("{} {} {}", device.id(), op.op(), summary(reply));
            }
            return reply;
        } catch (HallException e) {
            RefusalLog said = refusals.computeIfAbsent(device.id(), k -> new RefusalLog());
            int held = said.admit();
            if (held >= 0) {
                log.info("{} {} refused: {} {}{}", device.id(), op.op(), e.code(), LogText.of(e.getMessage()),
                        RefusalLog.andMore(held));
            }
            return WireJson.error(re, e.code(), e.reason(), e.getMessage());
        }
    }

    private static String summary(ObjectNode reply) {
        JsonNode t = reply.get("ticket");
        if (t == null) {
            return "";
        }
        if (t instanceof POJONode p && p.getPojo() instanceof TicketView v) {
            return v.number() + " " + v.state().wire();
        }
        return t.isNull() ? "(nobody waiting)" : t.path("number").asText() + " " + t.path("state").asText();
    }

    private ObjectNode helloReply(Command.Hello h) {
        ObjectNode reply = WireJson.ok(h.requestId());
        ReplyFields.write(new Welcome(h.device().role(), h.device().withoutToken(), hall.withoutSecrets(),
                WireJson.snapshot(queue.snapshot(), hall, h.device(), zoneId), queue.seq()), reply);
        return reply;
    }

    private static ObjectNode parse(String body) {
        try {
            return (ObjectNode) JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored reply is not JSON", e);
        }
    }

    /** Rebuilds the hall from disk; only when no batch is in flight. */
    private boolean reload() {
        replies.forgetUnwritten();
        try {
            loadQueue();
            return true;
        } catch (SQLException | RuntimeException e) {
            log.error("cannot load the hall from the database: {}", e.getMessage());
            queue = null;
            return false;
        }
    }

    /** A reply as sent on a WebSocket: its kept text when it was written as JSON already. */
    private static String wire(ObjectNode reply, String text) {
        return text != null ? text : WireJson.text(reply);
    }

    /** Sends replies, then the events, to each client in one write; completes HTTP replies and queries. */
    private void deliver(List<Pending> pending, List<HallEvent> events, boolean failed) {
        Map<Client, List<Object>> out = new LinkedHashMap<>();
        for (Pending p : pending) {
            Command c = p.command();
            if (c instanceof Command.Query<?> q) {
                completeQuery(q, p.queryResult(), failed);
                continue;
            }
            ObjectNode reply = p.reply();
            String text = p.text();
            if (failed && p.fresh()) {
                reply = WireJson.error(requestId(c), ErrorCode.INTERNAL, "STORAGE",
                        "the hall could not save this; nothing was changed, please try again");
                text = null;
            }
            if (c instanceof Command.Hello h) {
                // a client that left while its hello was on its way to disk has had its Leave already
                if (!failed && h.client().open()) {
                    fanout.subscribe(h.client(), new Subscription(reply.get("seq").asLong(), h.events(),
                            h.queueEveryMs()));
                }
                out.computeIfAbsent(h.client(), k -> new ArrayList<>()).add(wire(reply, text));
            } else if (c instanceof Command.Op op) {
                if (op.http() != null) {
                    op.http().send(reply);
                } else if (op.client() != null) {
                    out.computeIfAbsent(op.client(), k -> new ArrayList<>()).add(wire(reply, text));
                }
            }
        }
        fanout.events(events, clock.millis(), out);
        Fanout.send(out);
    }

    @SuppressWarnings("unchecked")
    private static <T> void completeQuery(Command.Query<T> q, Object result, boolean failed) {
        if (failed) {
            q.result().completeExceptionally(new IllegalStateException("the hall could not be read"));
        } else {
            q.result().complete((T) result);
        }
    }

    private static String requestId(Command c) {
        if (c instanceof Command.Op op) {
            return op.requestId();
        }
        return c instanceof Command.Hello h ? h.requestId() : null;
    }

    /** Runs a read of the live hall on the hall thread. */
    public <T> CompletableFuture<T> query(java.util.function.Function<HallQueue, T> read) {
        CompletableFuture<T> f = new CompletableFuture<>();
        submit(new Command.Query<>(read, f));
        return f;
    }

    /** Finishes every command already submitted, then stops; the store is closed by its owner. */
    @Override
    public void close() throws InterruptedException {
        if (running) {
            waiting.incrementAndGet(); // counted like any query, so that taking it leaves the count right
            inbox.add(new Command.Query<>(q -> null, new CompletableFuture<>())); // wakes the thread at once
        }
        running = false;
        thread.join(10_000);
    }
}
