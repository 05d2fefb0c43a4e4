package hallq.bench;

import hallq.protocol.Op;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Kiosk connections issuing tickets back to back: each connection says hello once, then sends {@code issue},
 * and sends the next one only when the reply has arrived (a closed loop per connection, driven from the
 * reply callback on the client's event loop). Every ok reply's ticket number is remembered (highest serial
 * per prefix) so a restart can be checked against it.
 */
final class IssueLoad {
    static final long REQUEST_TIMEOUT_MS = 15_000;
    /** What the kiosk and display apps ask for: a zone's queue event at most twice a second. */
    static final long QUEUE_EVERY_MS = 500;

    /** Highest serial seen per prefix in ok replies. */
    final Map<String, Integer> maxSerial = new ConcurrentHashMap<>();
    /** Every ok issue reply ever received through this load. */
    final AtomicLong totalOk = new AtomicLong();
    /** Event frames received by all kiosk connections (kiosks get every ticket/queue/counter event too). */
    final AtomicLong kioskEvents = new AtomicLong();
    /** Only when asked for ({@code keepNumbers}): every number in an ok reply, for the crash checks. */
    final Set<String> ackedNumbers;
    /** Only with {@code keepNumbers}: the highest {@code seq} in any event frame a kiosk received. */
    final AtomicLong maxEventSeq = new AtomicLong(-1);
    private final EventLoopGroup group;
    private final InetSocketAddress server;
    private final BenchHall hall;

    IssueLoad(EventLoopGroup group, InetSocketAddress server, BenchHall hall) {
        this(group, server, hall, false);
    }

    IssueLoad(EventLoopGroup group, InetSocketAddress server, BenchHall hall, boolean keepNumbers) {
        this.group = group;
        this.server = server;
        this.hall = hall;
        this.ackedNumbers = keepNumbers ? ConcurrentHashMap.newKeySet() : null;
    }

    private static final byte[] SEQ_KEY = "\"seq\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private void onEvent(io.netty.buffer.ByteBuf buf) {
        kioskEvents.incrementAndGet();
        if (ackedNumbers == null) {
            return;
        }
        int at = CallLatency.indexOf(buf, SEQ_KEY, buf.readerIndex());
        if (at < 0) {
            return;
        }
        long seq = 0;
        for (int i = at + SEQ_KEY.length; i < buf.writerIndex(); i++) {
            byte b = buf.getByte(i);
            if (b < '0' || b > '9') {
                break;
            }
            seq = seq * 10 + (b - '0');
        }
        maxEventSeq.accumulateAndGet(seq, Math::max);
    }

    /** Connects kiosk-1..kiosk-n and says hello on each. */
    List<WsClient> connectKiosks(int n) throws Exception {
        List<CompletableFuture<WsClient>> fs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String device = BenchHall.kiosk(i);
            fs.add(WsClient.connect(group, server, (buf, nanos) -> onEvent(buf), 10_000).thenCompose(c ->
                    c.hello(device, hall.token(device), List.of("queue"), QUEUE_EVERY_MS, 15_000).thenApply(r -> {
                        if (!r.ok()) {
                            throw new IllegalStateException("hello " + device + ": " + r.body());
                        }
                        return c;
                    })));
        }
        List<WsClient> out = new ArrayList<>();
        for (CompletableFuture<WsClient> f : fs) {
            out.add(f.get(30, TimeUnit.SECONDS));
        }
        return out;
    }

    static void closeAll(List<WsClient> clients) {
        for (WsClient c : clients) {
            c.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    /** What one run of the loops saw. */
    static final class Result {
        final AtomicLong ok = new AtomicLong();
        final AtomicLong okInWindow = new AtomicLong();
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        final List<Percentiles.Samples> latencies = new ArrayList<>();
        volatile long windowStart;
        volatile long windowEnd;
        ProcCpu.Snapshot cpuStart;
        ProcCpu.Snapshot cpuEnd;
        DiskWrites.Snapshot diskStart;
        DiskWrites.Snapshot diskEnd;
        long eventsInWindow;

        double eventsPerTicket() {
            return okInWindow.get() == 0 ? 0 : (double) eventsInWindow / okInWindow.get();
        }

        double windowSeconds() {
            return (windowEnd - windowStart) / 1e9;
        }

        double okPerSecond() {
            return okInWindow.get() / windowSeconds();
        }

        Percentiles.Summary latency() {
            Percentiles.Samples all = new Percentiles.Samples();
            synchronized (latencies) {
                latencies.forEach(all::addAll);
            }
            return all.summary();
        }

        String errorText() {
            return errors.isEmpty() ? "none" : errors.toString();
        }
    }

    /**
     * Runs the loops on {@code clients} for warm-up then a measured window; counts ok replies that arrive inside
     * the window. Reads the server's per-thread CPU at the window edges.
     */
    Result timed(List<WsClient> clients, long warmMs, long measureMs, long serverPid) throws InterruptedException {
        Result r = new Result();
        long start = System.nanoTime();
        r.windowStart = start + TimeUnit.MILLISECONDS.toNanos(warmMs);
        r.windowEnd = r.windowStart + TimeUnit.MILLISECONDS.toNanos(measureMs);
        long stopSending = r.windowEnd;
        CountDownLatch done = start(clients, r, () -> System.nanoTime() < stopSending);
        sleepUntil(r.windowStart);
        r.cpuStart = ProcCpu.take(serverPid);
        r.diskStart = DiskWrites.take(serverPid);
        long ev0 = kioskEvents.get();
        sleepUntil(r.windowEnd);
        r.diskEnd = DiskWrites.take(serverPid);
        r.cpuEnd = ProcCpu.take(serverPid);
        r.eventsInWindow = kioskEvents.get() - ev0;
        if (!done.await(REQUEST_TIMEOUT_MS + 5_000, TimeUnit.MILLISECONDS)) {
            r.errors.computeIfAbsent("LOOPS_NOT_FINISHED", k -> new AtomicLong()).addAndGet(done.getCount());
        }
        return r;
    }

    /** Issues exactly {@code count} tickets (fewer if {@code maxMs} runs out) over {@code clients}. */
    Result counted(List<WsClient> clients, long count, long maxMs, long serverPid) throws InterruptedException {
        Result r = new Result();
        AtomicLong remaining = new AtomicLong(count);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMs);
        r.windowStart = System.nanoTime();
        r.windowEnd = Long.MAX_VALUE;
        r.cpuStart = ProcCpu.take(serverPid);
        CountDownLatch done = start(clients, r,
                () -> System.nanoTime() < deadline && remaining.getAndDecrement() > 0);
        if (!done.await(maxMs + REQUEST_TIMEOUT_MS + 5_000, TimeUnit.MILLISECONDS)) {
            r.errors.computeIfAbsent("LOOPS_NOT_FINISHED", k -> new AtomicLong()).addAndGet(done.getCount());
        }
        r.windowEnd = System.nanoTime();
        r.cpuEnd = ProcCpu.take(serverPid);
        return r;
    }

    /**
     * Starts a loop on every connection, each issuing its next ticket while {@code goOn} says so; the latch
     * counts down as each loop ends. What the loops get is counted in {@code r}.
     */
    CountDownLatch start(List<WsClient> clients, Result r, BooleanSupplier goOn) {
        CountDownLatch done = new CountDownLatch(clients.size());
        for (int i = 0; i < clients.size(); i++) {
            Percentiles.Samples lat = new Percentiles.Samples();
            synchronized (r.latencies) {
                r.latencies.add(lat);
            }
            loop(clients.get(i), i, r, lat, done, goOn, 0);
        }
        return done;
    }

    private void loop(WsClient c, int conn, Result r, Percentiles.Samples lat, CountDownLatch done,
                      BooleanSupplier goOn, long n) {
        if (!goOn.getAsBoolean()) {
            done.countDown();
            return;
        }
        String zone = BenchHall.ZONES.get((int) ((conn + n) % BenchHall.ZONES.size()));
        long t0 = System.nanoTime();
        c.request(Op.ISSUE.wire(), ",\"zone\":\"" + zone + "\"", REQUEST_TIMEOUT_MS).whenComplete((reply, e) -> {
            if (e != null) {
                r.errors.computeIfAbsent("NO_REPLY:" + e.getClass().getSimpleName(), k -> new AtomicLong())
                        .incrementAndGet();
                done.countDown(); // a connection that lost a reply stops: its loop is over
                return;
            }
            if (reply.ok()) {
                r.ok.incrementAndGet();
                totalOk.incrementAndGet();
                JsonNode number = reply.body().path("ticket").path("number");
                remember(number.asText(""));
                if (ackedNumbers != null) {
                    ackedNumbers.add(number.asText(""));
                }
                if (reply.nanos() >= r.windowStart && reply.nanos() < r.windowEnd) {
                    r.okInWindow.incrementAndGet();
                    lat.add(reply.nanos() - t0);
                }
            } else {
                r.errors.computeIfAbsent(reply.errorCode(), k -> new AtomicLong()).incrementAndGet();
            }
            loop(c, conn, r, lat, done, goOn, n + 1);
        });
    }

    private void remember(String number) {
        int i = 0;
        while (i < number.length() && !Character.isDigit(number.charAt(i))) {
            i++;
        }
        if (i == 0 || i == number.length()) {
            return;
        }
        maxSerial.merge(number.substring(0, i), Integer.parseInt(number.substring(i)), Math::max);
    }

    static void sleepUntil(long nanos) throws InterruptedException {
        long d;
        while ((d = nanos - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(d, 50_000_000));
        }
    }
}
