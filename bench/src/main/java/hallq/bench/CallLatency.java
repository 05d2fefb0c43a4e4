package hallq.bench;

import hallq.protocol.Op;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.ByteBuf;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * call-next at a counter -> the matching {@code called} event at each of N display connections.
 * Each counter runs on its own thread: take t0, send call-next, read the ticket number from the reply, wait
 * until every display has the {@code called} event of that number (bounded), send finish (outcome done) and
 * wait for its reply, think for a random pause, repeat. Displays stamp System.nanoTime() when the frame is read.
 */
final class CallLatency {
    private static final byte[] CALLED_PREFIX = "{\"event\":\"called\"".getBytes(StandardCharsets.US_ASCII);
    private static final long OP_TIMEOUT_MS = 10_000;
    /** What the caller display asks for when it drives window signs (without them it leaves out counter). */
    private static final List<String> DISPLAY_EVENTS = List.of("called", "queue", "counter");
    /** The first "number" of a called event is its ticket's (the event starts {"event":"called",...,"ticket":{"number":..). */
    private static final byte[] NUMBER_KEY = "\"number\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RECALL_TRUE = "\"recall\":true".getBytes(StandardCharsets.US_ASCII);

    /** The arrivals of one ticket's called event at every display. */
    static final class Receipt {
        final long[] at;
        final CountDownLatch all;
        volatile long t0;
        volatile long replyNanos;
        volatile boolean measured;

        Receipt(int displays) {
            at = new long[displays];
            all = new CountDownLatch(displays);
        }

        synchronized void arrived(int display, long nanos) {
            if (at[display] == 0) {
                at[display] = nanos;
                all.countDown();
            }
        }
    }

    private final EventLoopGroup group;
    private final EventLoopGroup padGroup;
    private final InetSocketAddress server;
    private final BenchHall hall;
    private final int displays;
    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
    final AtomicLong badEvents = new AtomicLong();
    final List<WsClient> displayClients = new ArrayList<>();
    final List<WsClient> pads = new ArrayList<>();

    /**
     * Displays use {@code group}; the counter pads use {@code padGroup}, so a pad's request and reply do not
     * queue behind the bench's own processing of hundreds of display frames.
     */
    CallLatency(EventLoopGroup group, EventLoopGroup padGroup, InetSocketAddress server, BenchHall hall, int displays) {
        this.group = group;
        this.padGroup = padGroup;
        this.server = server;
        this.hall = hall;
        this.displays = displays;
    }

    private Receipt receipt(String number) {
        return receipts.computeIfAbsent(number, n -> new Receipt(displays));
    }

    /** Connects and hellos the displays, {@code parallel} at a time; returns how long it took. */
    long connectDisplays(int parallel) throws Exception {
        long t0 = System.nanoTime();
        List<CompletableFuture<WsClient>> inFlight = new ArrayList<>();
        for (int i = 0; i < displays; i++) {
            int idx = i;
            String device = BenchHall.display(i + 1);
            WsClient.EventSink sink = (buf, nanos) -> onEvent(idx, buf, nanos);
            inFlight.add(WsClient.connect(group, server, sink, 15_000).thenCompose(c ->
                    c.hello(device, hall.token(device), DISPLAY_EVENTS, IssueLoad.QUEUE_EVERY_MS, 30_000).thenApply(r -> {
                        if (!r.ok()) {
                            throw new IllegalStateException("hello " + device + ": " + r.body());
                        }
                        return c;
                    })));
            if (inFlight.size() == parallel || i == displays - 1) {
                for (CompletableFuture<WsClient> f : inFlight) {
                    displayClients.add(f.get(60, TimeUnit.SECONDS));
                }
                inFlight.clear();
            }
        }
        return System.nanoTime() - t0;
    }

    private void onEvent(int display, ByteBuf buf, long nanos) {
        if (buf.readableBytes() < CALLED_PREFIX.length) {
            return;
        }
        int r = buf.readerIndex();
        for (int i = 0; i < CALLED_PREFIX.length; i++) {
            if (buf.getByte(r + i) != CALLED_PREFIX[i]) {
                return; // not a called event: displays ignore the rest
            }
        }
        // no JSON parsing here: 500 displays x every call would make the bench's own CPU part of the latency
        if (indexOf(buf, RECALL_TRUE, r) >= 0) {
            return;
        }
        int at = indexOf(buf, NUMBER_KEY, r);
        if (at < 0) {
            badEvents.incrementAndGet();
            return;
        }
        int from = at + NUMBER_KEY.length;
        int to = buf.indexOf(from, buf.writerIndex(), (byte) '"');
        if (to < 0) {
            badEvents.incrementAndGet();
            return;
        }
        receipt(buf.toString(from, to - from, StandardCharsets.US_ASCII)).arrived(display, nanos);
    }

    /** First index of {@code needle} in the readable bytes at or after {@code from}, or -1. */
    static int indexOf(ByteBuf buf, byte[] needle, int from) {
        int end = buf.writerIndex() - needle.length;
        outer:
        for (int i = from; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (buf.getByte(i + j) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    void connectPads(int counters) throws Exception {
        for (int i = 1; i <= counters; i++) {
            String device = BenchHall.pad(i);
            pads.add(WsClient.connectHello(padGroup, server, device, hall.token(device), null, 0, 30_000));
        }
    }

    /** Round trips of {@code ping} to the server itself (answered on its I/O thread, no disk). */
    Percentiles.Samples serverPing(int warm, int samples) throws Exception {
        Percentiles.Samples out = new Percentiles.Samples();
        WsClient c = pads.get(0);
        for (int i = 0; i < warm + samples; i++) {
            long t0 = System.nanoTime();
            WsClient.Reply r = c.request(Op.PING.wire(), "", OP_TIMEOUT_MS).get(OP_TIMEOUT_MS + 1000, TimeUnit.MILLISECONDS);
            if (i >= warm) {
                out.add(r.nanos() - t0);
            }
        }
        return out;
    }

    /** What the counters saw. */
    static final class Result {
        final AtomicLong calls = new AtomicLong();
        final AtomicLong emptyQueue = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final AtomicLong missingArrivals = new AtomicLong();
        final List<String> failureTexts = java.util.Collections.synchronizedList(new ArrayList<>());
        Percentiles.Summary allPairs;
        Percentiles.Summary firstDisplay;
        Percentiles.Summary lastDisplay;
        Percentiles.Summary callReply;
        double seconds;
        ProcCpu.Snapshot cpuStart;
        ProcCpu.Snapshot cpuEnd;
        String gc = "";

        double callsPerSecond() {
            return calls.get() / seconds;
        }
    }

    /**
     * Every counter first does {@code warmCycles} unmeasured cycles, then measured cycles until
     * {@code measureMs} has passed or it made {@code maxCycles}.
     */
    Result run(int warmCycles, int maxCycles, long measureMs, long thinkMinMs, long thinkMaxMs, long serverPid)
            throws InterruptedException {
        Result res = new Result();
        CountDownLatch warmed = new CountDownLatch(pads.size());
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(pads.size());
        AtomicLong windowEnd = new AtomicLong(Long.MIN_VALUE);
        List<Thread> threads = new ArrayList<>();
        for (WsClient pad : pads) {
            Thread t = new Thread(() -> {
                try {
                    try {
                        for (int i = 0; i < warmCycles; i++) {
                            if (!cycle(pad, false, res, 0, thinkMaxMs / 8)) {
                                break;
                            }
                        }
                    } finally {
                        warmed.countDown();
                    }
                    if (!go.await(180, TimeUnit.SECONDS)) {
                        return;
                    }
                    long end = windowEnd.get();
                    // stagger the counters so they do not all call in the same millisecond
                    Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMinMs, thinkMaxMs + 1));
                    for (int i = 0; i < maxCycles && System.nanoTime() < end; i++) {
                        if (!cycle(pad, true, res, thinkMinMs, thinkMaxMs)) {
                            break;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished.countDown();
                }
            }, "counter-" + threads.size());
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        if (!warmed.await(120, TimeUnit.SECONDS)) {
            res.failureTexts.add("warm-up did not finish in 120 s");
        }
        java.util.Map<String, Double> gc0 = GcStats.take(serverPid);
        long start = System.nanoTime();
        windowEnd.set(start + TimeUnit.MILLISECONDS.toNanos(measureMs));
        res.cpuStart = ProcCpu.take(serverPid);
        go.countDown();
        if (!finished.await(measureMs + 60_000, TimeUnit.MILLISECONDS)) {
            res.failureTexts.add("counter threads did not finish in time");
            threads.forEach(Thread::interrupt);
        }
        res.cpuEnd = ProcCpu.take(serverPid);
        res.seconds = (System.nanoTime() - start) / 1e9;
        res.gc = GcStats.between(gc0, GcStats.take(serverPid));

        Percentiles.Samples pairs = new Percentiles.Samples();
        Percentiles.Samples first = new Percentiles.Samples();
        Percentiles.Samples last = new Percentiles.Samples();
        Percentiles.Samples reply = new Percentiles.Samples();
        for (Receipt r : receipts.values()) {
            if (!r.measured) {
                continue;
            }
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            synchronized (r) {
                for (long at : r.at) {
                    if (at == 0) {
                        res.missingArrivals.incrementAndGet();
                        continue;
                    }
                    long d = at - r.t0;
                    pairs.add(d);
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                }
            }
            if (min != Long.MAX_VALUE) {
                first.add(min);
                last.add(max);
            }
            reply.add(r.replyNanos - r.t0);
        }
        res.allPairs = pairs.summary();
        res.firstDisplay = first.summary();
        res.lastDisplay = last.summary();
        res.callReply = reply.summary();
        return res;
    }

    /** One call-next ... finish cycle; false when the counter should stop (error or empty queue). */
    private boolean cycle(WsClient pad, boolean measured, Result res, long thinkMin, long thinkMax)
            throws InterruptedException {
        try {
            long t0 = System.nanoTime();
            WsClient.Reply r = pad.request(Op.CALL_NEXT.wire(), "", OP_TIMEOUT_MS).get(OP_TIMEOUT_MS + 1000, TimeUnit.MILLISECONDS);
            if (!r.ok()) {
                res.failures.incrementAndGet();
                res.failureTexts.add("call-next: " + r.body());
                return false;
            }
            JsonNode ticket = r.body().path("ticket");
            if (ticket.isNull() || ticket.isMissingNode()) {
                res.emptyQueue.incrementAndGet();
                return false;
            }
            Receipt rec = receipt(ticket.path("number").asText());
            rec.t0 = t0;
            rec.replyNanos = r.nanos();
            rec.all.await(5, TimeUnit.SECONDS);
            if (measured) {
                rec.measured = true;
                res.calls.incrementAndGet();
            }
            WsClient.Reply f = pad.request(Op.FINISH.wire(), ",\"outcome\":\"done\"", OP_TIMEOUT_MS)
                    .get(OP_TIMEOUT_MS + 1000, TimeUnit.MILLISECONDS);
            if (!f.ok()) {
                res.failures.incrementAndGet();
                res.failureTexts.add("finish: " + f.body());
                return false;
            }
            if (thinkMax > 0) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMin, thinkMax + 1));
            }
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            res.failures.incrementAndGet();
            res.failureTexts.add(e.toString());
            return false;
        }
    }

    void closePads() {
        for (WsClient c : pads) {
            c.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    void closeAll() {
        for (WsClient c : displayClients) {
            c.close();
        }
        for (WsClient c : pads) {
            c.close();
        }
        for (WsClient c : displayClients) {
            c.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }
}
