package hallq.bench;

import hallq.protocol.Op;
import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Outcome;
import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Today's work at the counters, through the API (section 3, realistic history): each pad, on its own thread,
 * calls, sometimes recalls and marks a no-show, starts, sometimes transfers to another zone, finishes with one
 * of the five outcomes and has some tickets rated, with the same shares as {@link PastDays}, back to back.
 * Only acknowledged ({@code ok:true}) replies are counted, so the counts are what must survive a crash.
 * Afterwards {@link #leave} puts the windows in the states a hall has mid-morning: serving, called, paused, idle.
 */
final class CounterWork {
    private static final long OP_TIMEOUT_MS = 15_000;

    private final EventLoopGroup group;
    private final InetSocketAddress server;
    private final BenchHall hall;
    private final List<WsClient> pads = new ArrayList<>();

    final AtomicLong calls = new AtomicLong();
    final AtomicLong finished = new AtomicLong();
    final AtomicLong noShows = new AtomicLong();
    final AtomicLong rated = new AtomicLong();
    final AtomicLong recalls = new AtomicLong();
    final AtomicLong emptyQueue = new AtomicLong();
    final Set<String> transferred = ConcurrentHashMap.newKeySet();
    final Map<Outcome, AtomicLong> outcomes = new ConcurrentHashMap<>();
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    /** What {@link #leave} left: counter id -> "serving A012", "called B007", "paused", "idle". */
    final Map<String, String> left = new java.util.LinkedHashMap<>();

    CounterWork(EventLoopGroup group, InetSocketAddress server, BenchHall hall) {
        this.group = group;
        this.server = server;
        this.hall = hall;
    }

    void connect(int counters) throws Exception {
        for (int i = 1; i <= counters; i++) {
            String device = BenchHall.pad(i);
            pads.add(WsClient.connectHello(group, server, device, hall.token(device), null, 0, 30_000));
        }
    }

    /** Every pad handles up to {@code perCounter} tickets (fewer if the queue runs empty). */
    void run(int perCounter, long seed) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < pads.size(); i++) {
            WsClient pad = pads.get(i);
            Random rnd = new Random(seed + i);
            Thread t = new Thread(() -> {
                try {
                    for (int n = 0; n < perCounter; n++) {
                        if (!cycle(pad, rnd)) {
                            break;
                        }
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }, "pad-work-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(120_000);
        }
    }

    /** One ticket at one window; false when the window should stop (nobody waits, or a refusal). */
    private boolean cycle(WsClient pad, Random rnd) throws Exception {
        JsonNode t = ok(pad, Op.CALL_NEXT.wire(), "");
        if (t == null) {
            return false;
        }
        JsonNode ticket = t.path("ticket");
        if (ticket.isNull() || ticket.isMissingNode()) {
            emptyQueue.incrementAndGet();
            return false;
        }
        calls.incrementAndGet();
        String number = ticket.path("number").asText();
        if (rnd.nextDouble() < PastDays.RECALL) {
            if (ok(pad, Op.RECALL.wire(), "") == null) {
                return false;
            }
            recalls.incrementAndGet();
            if (rnd.nextDouble() < PastDays.NO_SHOW_AFTER_RECALL) {
                if (ok(pad, Op.NO_SHOW.wire(), "") == null) {
                    return false;
                }
                noShows.incrementAndGet();
                return true;
            }
        }
        if (ok(pad, Op.START.wire(), "") == null) {
            return false;
        }
        if (rnd.nextDouble() < PastDays.TRANSFER) {
            String from = ticket.path("zone").asText();
            List<String> others = BenchHall.ZONES.stream().filter(z -> !z.equals(from)).toList();
            if (ok(pad, Op.TRANSFER.wire(), ",\"zone\":\"" + others.get(rnd.nextInt(others.size())) + "\"") == null) {
                return false;
            }
            transferred.add(number);
            return true;
        }
        Outcome o = PastDays.OUTCOMES[PastDays.pickIndex(rnd, PastDays.OUTCOME_SHARE)];
        if (ok(pad, Op.FINISH.wire(), ",\"outcome\":\"" + o.wire() + "\"") == null) {
            return false;
        }
        finished.incrementAndGet();
        outcomes.computeIfAbsent(o, k -> new AtomicLong()).incrementAndGet();
        if (rnd.nextDouble() < PastDays.RATED) {
            int level = 1 + PastDays.pickIndex(rnd, PastDays.RATING_SHARE);
            if (ok(pad, Op.RATE.wire(), ",\"ticket\":\"" + number + "\",\"level\":" + level) == null) {
                return false;
            }
            rated.incrementAndGet();
        }
        return true;
    }

    /** The reply body when ok, else null (and the refusal noted). */
    private JsonNode ok(WsClient pad, String op, String rest) throws Exception {
        WsClient.Reply r = pad.request(op, rest, OP_TIMEOUT_MS).get(OP_TIMEOUT_MS + 1000, TimeUnit.MILLISECONDS);
        if (!r.ok()) {
            failures.add(op + ": " + r.body());
            return null;
        }
        return r.body();
    }

    /**
     * The first {@code serving} windows call and start a ticket, the next {@code called} call one, the next
     * {@code paused} pause; the rest stay idle.
     */
    void leave(int serving, int called, int paused) throws Exception {
        for (int i = 0; i < pads.size(); i++) {
            WsClient pad = pads.get(i);
            String counter = Integer.toString(i + 1);
            String state = "idle";
            if (i < serving + called) {
                JsonNode r = ok(pad, Op.CALL_NEXT.wire(), "");
                String number = r == null ? "?" : r.path("ticket").path("number").asText("?");
                if (r != null && !r.path("ticket").isNull()) {
                    calls.incrementAndGet();
                }
                state = "called " + number;
                if (i < serving && ok(pad, Op.START.wire(), "") != null) {
                    state = "serving " + number;
                }
            } else if (i < serving + called + paused) {
                if (ok(pad, Op.PAUSE.wire(), ",\"reason\":\"break\"") != null) {
                    state = "paused";
                }
            }
            left.put(counter, state);
        }
    }

    void close() {
        for (WsClient c : pads) {
            c.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        pads.clear();
    }
}
