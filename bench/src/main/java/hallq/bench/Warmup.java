package hallq.bench;

import hallq.protocol.Op;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Brings a fresh server to the state of one that has run for a while: kiosks issue and every counter serves
 * (call-next, finish) until the server's JIT compiler threads go quiet. A hall server runs all day, so its
 * figures are those of compiled code; on two cores the compiler of a fresh JVM takes most of a core for a minute
 * or two (over a thousand hot methods of Netty, Jackson, HSQLDB and the hall), and a measurement inside that
 * storm measures the compiler. Counters serve while kiosks issue so the hall does not pile up a backlog of
 * waiting tickets that a real hall never has. {@link #drain} lets the counters empty the queues between levels.
 */
final class Warmup {
    private static final long OP_TIMEOUT_MS = 15_000;
    /** How long a counter waits before asking again when nobody is waiting. */
    private static final long IDLE_RETRY_MS = 2;

    /** What a warm-up did. */
    record Result(long elapsedMs, boolean settled, double lastJitPct, long issued, long served) {
    }

    private final EventLoopGroup group;
    private final InetSocketAddress server;
    private final BenchHall hall;
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    Warmup(EventLoopGroup group, InetSocketAddress server, BenchHall hall) {
        this.group = group;
        this.server = server;
        this.hall = hall;
    }

    /**
     * Issues from {@code kiosks} connections and serves from every counter until the JIT threads used less than
     * {@code quietPct} % of a core over the last {@code windowMs}, or {@code maxMs} has passed.
     */
    Result untilJitQuiet(long pid, int kiosks, double quietPct, long windowMs, long maxMs) throws Exception {
        long start = System.nanoTime();
        List<WsClient> pads = connectPads();
        IssueLoad issuing = new IssueLoad(group, server, hall);
        List<WsClient> kioskConns = issuing.connectKiosks(kiosks);
        AtomicBoolean on = new AtomicBoolean(true);
        CountDownLatch stopped = new CountDownLatch(pads.size());
        pads.forEach(p -> serve(p, on, () -> true, stopped, false));
        IssueLoad.Result issued = new IssueLoad.Result();
        CountDownLatch kiosksStopped = issuing.start(kioskConns, issued, on::get);
        Deque<ProcCpu.Snapshot> window = new ArrayDeque<>();
        window.add(ProcCpu.take(pid));
        boolean settled = false;
        double jit = 100;
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(maxMs);
        while (System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500);
            ProcCpu.Snapshot now = ProcCpu.take(pid);
            window.add(now);
            while (now.nanos() - window.peekFirst().nanos() > TimeUnit.MILLISECONDS.toNanos(windowMs)) {
                window.removeFirst();
            }
            if (now.nanos() - window.peekFirst().nanos() >= TimeUnit.MILLISECONDS.toNanos(windowMs) * 8 / 10) {
                jit = ProcCpu.usage(window.peekFirst(), now).getOrDefault("jit", 0.0);
                if (jit < quietPct) {
                    settled = true;
                    break;
                }
            }
        }
        on.set(false);
        stopped.await(OP_TIMEOUT_MS + 5_000, TimeUnit.MILLISECONDS);
        kiosksStopped.await(OP_TIMEOUT_MS + 5_000, TimeUnit.MILLISECONDS);
        IssueLoad.closeAll(kioskConns);
        IssueLoad.closeAll(pads);
        if (failures.get() > 0 || !issued.errors.isEmpty()) {
            throw new IllegalStateException("warm-up: " + failures.get() + " counter requests failed; issue errors: "
                    + issued.errorText());
        }
        return new Result(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), settled, jit, issued.ok.get(),
                served.get());
    }

    /** Every counter serves until a call finds nobody waiting at any of them; returns the tickets served. */
    long drain(long maxMs) throws Exception {
        List<WsClient> pads = connectPads();
        long before = served.get();
        AtomicBoolean on = new AtomicBoolean(true);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMs);
        CountDownLatch stopped = new CountDownLatch(pads.size());
        pads.forEach(p -> serve(p, on, () -> System.nanoTime() < deadline, stopped, true));
        if (!stopped.await(maxMs + OP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            on.set(false);
        }
        IssueLoad.closeAll(pads);
        if (failures.get() > 0) {
            throw new IllegalStateException("drain: " + failures.get() + " requests failed");
        }
        return served.get() - before;
    }

    private List<WsClient> connectPads() throws Exception {
        List<WsClient> pads = new ArrayList<>();
        for (int i = 1; i <= hall.counters; i++) {
            String pad = BenchHall.pad(i);
            pads.add(WsClient.connectHello(group, server, pad, hall.token(pad), List.of("called"), 500, OP_TIMEOUT_MS));
        }
        return pads;
    }

    /** Whether a counter's request came to nothing (no reply, or not ok): counted, and its loop ends. */
    private boolean failed(WsClient.Reply r, Throwable e, CountDownLatch stopped) {
        if (e == null && r.ok()) {
            return false;
        }
        failures.incrementAndGet();
        stopped.countDown();
        return true;
    }

    /**
     * One counter's loop: call-next, finish what it called, again, while {@code on} and {@code inTime}. A drain ends
     * at the first call that finds nobody waiting; otherwise the counter asks again a moment later.
     */
    private void serve(WsClient pad, AtomicBoolean on, java.util.function.BooleanSupplier inTime,
                           CountDownLatch stopped, boolean draining) {
        if (!on.get() || !inTime.getAsBoolean()) {
            stopped.countDown();
            return;
        }
        pad.request(Op.CALL_NEXT.wire(), "", OP_TIMEOUT_MS).whenComplete((r, e) -> {
            if (failed(r, e, stopped)) {
                return;
            }
            if (!r.body().path("ticket").isObject()) {
                if (draining) {
                    stopped.countDown();
                } else {
                    group.next().schedule(() -> serve(pad, on, inTime, stopped, false), IDLE_RETRY_MS,
                            TimeUnit.MILLISECONDS);
                }
                return;
            }
            pad.request(Op.FINISH.wire(), ",\"outcome\":\"done\"", OP_TIMEOUT_MS).whenComplete((f, e2) -> {
                if (failed(f, e2, stopped)) {
                    return;
                }
                served.incrementAndGet();
                serve(pad, on, inTime, stopped, draining);
            });
        });
    }
}
