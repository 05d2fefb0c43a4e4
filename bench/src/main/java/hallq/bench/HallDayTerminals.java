package hallq.bench;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Op;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The terminals of {@link HallDay}'s hall, connected once and driven through phases ({@link #run}): 2 kiosks that
 * issue on the plan's schedule (queue events only, at the kiosk app's interval), 12 pads (each logged in by its
 * clerk; following its counter, the queues and tickets as the pad app does) that call, wait for the citizen, start,
 * serve, finish and have the ticket rated, 4 displays (called, queue and counter events, two with zone filters) that
 * stamp each {@code called} event's arrival, and the manager's dashboard (every event; today's statistics asked for
 * after a change of a ticket, at most every 2 s of the hall's time, as the browser dashboard does).
 */
final class HallDayTerminals {
    private static final long OP_TIMEOUT_MS = 15_000;
    private static final List<String> KIOSK_EVENTS = List.of("queue");
    private static final List<String> DISPLAY_EVENTS = List.of("called", "queue", "counter");
    private static final List<String> PAD_EVENTS = List.of("counter", "queue", "ticket");
    /** The kiosk and display apps take a zone's queue event at most every 500 ms; the dashboard's stats wait 2 s. */
    private static final long QUEUE_EVERY_HALL_MS = 500;
    private static final long STATS_DELAY_HALL_MS = 2_000;
    /** How long a pad with nobody waiting waits for a queue event before it looks again (the clerk glances). */
    private static final long IDLE_LOOK_HALL_MS = 10_000;
    private static final byte[] CALLED = "{\"event\":\"called\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUEUE = "{\"event\":\"queue\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TICKET = "{\"event\":\"ticket\"".getBytes(StandardCharsets.US_ASCII);

    /** One call: when the pad sent call-next, its reply, and each display's arrival of the called event. */
    static final class Call {
        final long[] at = new long[HallDayFile.DISPLAY_ZONES.size()];
        private final boolean[] notExpected = new boolean[at.length];
        /** Counts down once per display: on arrival, or at once for a display whose zones leave it out. */
        final CountDownLatch left = new CountDownLatch(at.length);
        volatile long t0;
        volatile long replyNanos;
        volatile boolean measured;
        int unexpected;

        synchronized void arrived(int display, long nanos) {
            if (at[display] != 0) {
                return;
            }
            at[display] = nanos;
            if (notExpected[display]) {
                unexpected++;
            } else {
                left.countDown();
            }
        }

        /** The ticket's zone is known (from the call-next reply): displays that must not get it count down now. */
        synchronized void zone(String zone) {
            for (int d = 0; d < at.length; d++) {
                Set<String> shows = HallDayFile.DISPLAY_ZONES.get(d);
                if (!shows.isEmpty() && !shows.contains(zone) && !notExpected[d]) {
                    notExpected[d] = true;
                    if (at[d] == 0) {
                        left.countDown();
                    } else {
                        unexpected++;
                    }
                }
            }
        }

        synchronized boolean expected(int display) {
            return !notExpected[display];
        }
    }

    /** What one phase did. */
    static final class Phase {
        final AtomicLong issued = new AtomicLong();
        final AtomicLong issueRefused = new AtomicLong();
        final AtomicLong calls = new AtomicLong();
        final AtomicLong emptyCalls = new AtomicLong();
        final AtomicLong completed = new AtomicLong();
        final AtomicLong stats = new AtomicLong();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        /** System.nanoTime() of the first issue sent and of the last reply of the phase. */
        volatile long startNanos;
        volatile long endNanos;
    }

    private final EventLoopGroup group;
    private final EventLoopGroup padGroup;
    private final InetSocketAddress server;
    private final HallDayFile hall;
    private final ZoneId zone = ZoneId.of("Asia/Shanghai");
    final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final List<WsClient> kiosks = new ArrayList<>();
    private final List<WsClient> pads = new ArrayList<>();
    private final List<Semaphore> padWake = new ArrayList<>();
    private final List<WsClient> displays = new ArrayList<>();
    private WsClient dashboard;
    /** The dashboard's statistics: due (scheduled), running; the phase that counts them; their delay now. */
    private final AtomicBoolean statsDue = new AtomicBoolean();
    private final AtomicBoolean statsRunning = new AtomicBoolean();
    private volatile Phase phase = new Phase();
    private volatile long statsDelayMs = STATS_DELAY_HALL_MS;
    /** Set by {@link #closeAll}: a statistics request still due then is not sent. */
    private volatile boolean closed;
    final AtomicLong badFrames = new AtomicLong();

    /** Displays, kiosks and the dashboard on {@code group}; pads on {@code padGroup}, so their replies wait on nobody. */
    HallDayTerminals(EventLoopGroup group, EventLoopGroup padGroup, InetSocketAddress server, HallDayFile hall) {
        this.group = group;
        this.padGroup = padGroup;
        this.server = server;
        this.hall = hall;
    }

    /** Connects and hellos every terminal, logs the clerks in; the terminals' timers run at {@code plan}'s speed. */
    void connect(HallDayPlan plan) throws Exception {
        long queueEvery = plan.wall(QUEUE_EVERY_HALL_MS);
        statsDelayMs = plan.wall(STATS_DELAY_HALL_MS);
        for (int i = 1; i <= HallDayFile.DISPLAY_ZONES.size(); i++) {
            int index = i - 1;
            String device = HallDayFile.display(i);
            WsClient c = WsClient.connect(group, server, (buf, nanos) -> onDisplayEvent(index, buf, nanos), 10_000)
                    .get(15, TimeUnit.SECONDS);
            expectOk(c.hello(device, hall.token(device), DISPLAY_EVENTS, queueEvery, OP_TIMEOUT_MS), "hello " + device);
            displays.add(c);
        }
        for (int i = 1; i <= HallDayFile.KIOSKS; i++) {
            String device = HallDayFile.kiosk(i);
            kiosks.add(WsClient.connectHello(group, server, device, hall.token(device), KIOSK_EVENTS, queueEvery,
                    OP_TIMEOUT_MS));
        }
        for (int i = 1; i <= HallDayFile.WINDOWS; i++) {
            Semaphore wake = new Semaphore(0);
            Set<String> zones = HallDayFile.servedBy(i);
            padWake.add(wake);
            String device = HallDayFile.pad(i);
            WsClient c = WsClient.connect(padGroup, server, (buf, nanos) -> onPadEvent(zones, wake, buf), 10_000)
                    .get(15, TimeUnit.SECONDS);
            // the pad app takes every queue event (no interval) of the kinds it follows
            expectOk(c.hello(device, hall.token(device), PAD_EVENTS, 0, OP_TIMEOUT_MS), "hello " + device);
            String clerk = HallDayFile.clerk(i);
            expectOk(c.request(Op.LOGIN.wire(), ",\"clerk\":\"" + clerk + "\",\"pin\":\"" + hall.pin(clerk) + "\"",
                    OP_TIMEOUT_MS), "login " + clerk);
            pads.add(c);
        }
        // the browser dashboard's hello: the token only, every event
        dashboard = WsClient.connect(group, server, this::onDashboardEvent, 10_000).get(15, TimeUnit.SECONDS);
        expectOk(dashboard.request(Op.HELLO.wire(), ",\"token\":\"" + hall.token(HallDayFile.MANAGER) + "\"",
                OP_TIMEOUT_MS), "hello dashboard");
    }

    private static WsClient.Reply expectOk(java.util.concurrent.CompletableFuture<WsClient.Reply> f, String what)
            throws Exception {
        WsClient.Reply r = f.get(OP_TIMEOUT_MS + 1000, TimeUnit.MILLISECONDS);
        if (!r.ok()) {
            throw new IllegalStateException(what + ": " + r.body());
        }
        return r;
    }

    private Call call(String number) {
        return calls.computeIfAbsent(number, n -> new Call());
    }

    private static boolean startsWith(ByteBuf buf, byte[] prefix) {
        if (buf.readableBytes() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buf.getByte(buf.readerIndex() + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private JsonNode parse(ByteBuf buf) {
        try (InputStream in = new ByteBufInputStream(buf.duplicate())) {
            return WsClient.JSON.readTree(in);
        } catch (IOException e) {
            badFrames.incrementAndGet();
            return null;
        }
    }

    /** A display: the arrival of a first call (not a recall) is stamped before the frame is parsed. */
    private void onDisplayEvent(int display, ByteBuf buf, long nanos) {
        if (!startsWith(buf, CALLED)) {
            return;
        }
        JsonNode e = parse(buf);
        if (e == null || e.path("recall").asBoolean(false)) {
            return;
        }
        String number = e.path("ticket").path("number").asText("");
        if (number.isEmpty()) {
            badFrames.incrementAndGet();
            return;
        }
        call(number).arrived(display, nanos);
    }

    /** A pad: somebody waits in one of its zones, so the clerk may call. */
    private void onPadEvent(Set<String> zones, Semaphore wake, ByteBuf buf) {
        if (!startsWith(buf, QUEUE)) {
            return;
        }
        JsonNode e = parse(buf);
        if (e != null && zones.contains(e.path("zone").asText()) && e.path("waiting").asLong() > 0) {
            wake.release();
        }
    }

    /** The dashboard: after a change of a ticket, today's statistics, as live.js's refreshStats does. */
    private void onDashboardEvent(ByteBuf buf, long nanos) {
        if (startsWith(buf, TICKET) || startsWith(buf, CALLED)) {
            refreshStats(statsDelayMs);
        }
    }

    private void refreshStats(long delayMs) {
        if (!statsDue.compareAndSet(false, true)) {
            return;
        }
        group.next().schedule(() -> {
            statsDue.set(false);
            if (closed) {
                return;
            }
            if (!statsRunning.compareAndSet(false, true)) {
                refreshStats(Math.max(1, statsDelayMs / 4));
                return;
            }
            String day = LocalDate.now(zone).toString();
            Phase p = phase;
            dashboard.request(Op.STATS.wire(), ",\"from\":\"" + day + "\",\"to\":\"" + day + "\"", OP_TIMEOUT_MS)
                    .whenComplete((r, e) -> {
                        statsRunning.set(false);
                        if (e != null || !r.ok()) {
                            p.failures.add("stats: " + (e != null ? e : r.body()));
                        } else {
                            p.stats.incrementAndGet();
                        }
                    });
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /**
     * One phase: the kiosks issue tickets 0, 1, ... of {@code plan} on its schedule while {@code issueMore} holds
     * and at most {@code maxTickets}; the pads serve until the issuing is over and their zones are empty (every
     * ticket then called, served and rated). Calls of a {@code measured} phase count in {@link #calls}' figures.
     */
    Phase run(HallDayPlan plan, int firstTicket, int maxTickets, BooleanSupplier issueMore, boolean measured)
            throws InterruptedException {
        Phase p = new Phase();
        phase = p;
        statsDelayMs = plan.wall(STATS_DELAY_HALL_MS);
        AtomicBoolean issuingOver = new AtomicBoolean();
        // set once every issue has its reply: only then does an empty queue mean the window's day is over
        AtomicBoolean queuesFinal = new AtomicBoolean();
        AtomicInteger inFlight = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < pads.size(); i++) {
            WsClient pad = pads.get(i);
            Semaphore wake = padWake.get(i);
            Random rnd = new Random(plan.seed() * 31 + firstTicket * 17L + i);
            Thread t = new Thread(() -> serve(pad, wake, rnd, plan, p, measured, queuesFinal), "hallday-pad-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
        }
        p.startNanos = System.nanoTime();
        threads.forEach(Thread::start);
        long start = p.startNanos;
        CountDownLatch repliesIn = new CountDownLatch(1);
        try {
            for (int i = 0; i < maxTickets && issueMore.getAsBoolean(); i++) {
                // the phase's i-th ticket is due i intervals after its start; its zone and kiosk are ticket
                // firstTicket + i's, so that a phase after a warm-up does not repeat the warm-up's draws
                HallDayPlan.Ticket t = plan.ticket(firstTicket + i, kiosks.size());
                long wait = start + plan.ticket(i, kiosks.size()).atNanos() - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait); // pacing: the schedule, not a wait for anything
                }
                inFlight.incrementAndGet();
                String args = ",\"zone\":\"" + t.zone() + "\"" + (t.green() ? ",\"green\":true" : "");
                kiosks.get(t.kiosk()).request(Op.ISSUE.wire(), args, OP_TIMEOUT_MS).whenComplete((r, e) -> {
                    if (e == null && r.ok()) {
                        p.issued.incrementAndGet();
                    } else {
                        p.issueRefused.incrementAndGet();
                        p.failures.add("issue: " + (e != null ? e : r.body()));
                    }
                    if (inFlight.decrementAndGet() == 0 && issuingOver.get()) {
                        repliesIn.countDown();
                    }
                });
            }
        } finally {
            issuingOver.set(true);
            if (inFlight.get() == 0) {
                repliesIn.countDown();
            }
        }
        if (!repliesIn.await(OP_TIMEOUT_MS + 5_000, TimeUnit.MILLISECONDS)) {
            p.failures.add("issue replies still missing after the schedule");
        }
        queuesFinal.set(true);
        // every issued ticket is in a queue now: wake the pads so the idle ones look again, and let them serve it out
        padWake.forEach(Semaphore::release);
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(10));
            if (t.isAlive()) {
                p.failures.add(t.getName() + " still serving after 10 minutes");
                t.interrupt();
            }
        }
        p.endNanos = System.nanoTime();
        return p;
    }

    /** One window until its zones are empty once the kiosks are done: call, walk, start, serve, finish, rate. */
    private void serve(WsClient pad, Semaphore wake, Random rnd, HallDayPlan plan, Phase p, boolean measured,
                       AtomicBoolean queuesFinal) {
        try {
            while (true) {
                boolean over = queuesFinal.get();
                wake.drainPermits(); // a queue event from now on wakes it; one before is in this call's answer
                long t0 = System.nanoTime();
                WsClient.Reply r = ok(pad, Op.CALL_NEXT.wire(), "");
                JsonNode ticket = r.body().path("ticket");
                if (!ticket.isObject()) {
                    p.emptyCalls.incrementAndGet();
                    if (over) {
                        return; // the kiosks are done and nobody waits in this window's zones: its day is over
                    }
                    wake.tryAcquire(plan.wall(IDLE_LOOK_HALL_MS), TimeUnit.MILLISECONDS);
                    Thread.sleep(plan.reactionMs(rnd)); // the clerk sees the queue and presses call-next
                    continue;
                }
                String number = ticket.path("number").asText();
                Call c = call(number);
                c.t0 = t0;
                c.replyNanos = r.nanos();
                c.measured = measured;
                c.zone(ticket.path("zone").asText());
                p.calls.incrementAndGet();
                HallDayPlan.Service s = plan.service(rnd);
                Thread.sleep(s.walkMs()); // the citizen walks to the window
                ok(pad, Op.START.wire(), "");
                Thread.sleep(s.serviceMs());
                ok(pad, Op.FINISH.wire(), ",\"outcome\":\"" + s.outcome().wire() + "\"");
                Thread.sleep(s.rateDelayMs()); // the citizen presses a key of the evaluator
                ok(pad, Op.RATE.wire(), ",\"ticket\":\"" + number + "\",\"level\":" + s.level());
                p.completed.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            p.failures.add(Thread.currentThread().getName() + ": " + e.getMessage());
        }
    }

    private static WsClient.Reply ok(WsClient pad, String op, String rest) throws Exception {
        WsClient.Reply r = pad.request(op, rest, OP_TIMEOUT_MS).get(OP_TIMEOUT_MS + 1000, TimeUnit.MILLISECONDS);
        if (!r.ok()) {
            throw new IllegalStateException(op + " refused: " + r.body());
        }
        return r;
    }

    void closeAll() {
        closed = true;
        List<WsClient> all = new ArrayList<>(displays);
        all.addAll(kiosks);
        all.addAll(pads);
        if (dashboard != null) {
            all.add(dashboard);
        }
        IssueLoad.closeAll(all);
    }
}
