package hallq.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.Json;
import hallq.protocol.Outcome;
import hallq.protocol.TicketView;
import hallq.protocol.hall.Counter;
import hallq.protocol.hall.HallConfig;
import hallq.server.engine.WireJson;
import hallq.server.queue.HallQueue;
import hallq.server.queue.IdHasher;
import hallq.server.store.HallStore;
import hallq.server.store.StoredReply;
import hallq.testkit.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Past business days of a hall, written into a data directory by the server's own code: a
 * {@link HallQueue} over a clock the builder moves, its effects committed through {@link HallStore} with the
 * replies a real server would keep (pruned after 15 minutes, as the engine does), so every row is one the
 * server itself writes. Each day is a small discrete-event simulation, 08:30 to closing in the hall's time:
 * tickets arrive (some green, some with an ID card), the counters call, recall, start, finish with the
 * five outcomes, mark no-shows (some requeued later), transfer to another zone, take a lunch pause, and
 * citizens rate some tickets. Counters work on until the queue is empty, so no ticket is left at closing.
 * Between days the clock passes midnight of every calendar day and {@link HallQueue#rollOverIfDue} runs, as
 * in a server that stays up. Effects are committed every {@code opsPerCommit} operations and at each day's
 * end (the live server commits once per batch of concurrent requests: the rows end up the same, only the
 * number of {@code queue} events, and so the seq, is smaller here). At the end the store is closed cleanly.
 */
final class PastDays {
    private static final Duration KEEP_REPLIES = Duration.ofMinutes(15);
    private static final LocalTime OPEN = LocalTime.of(8, 30);
    /** Arrival profile: slot start (minutes after 08:30) and weight per minute. */
    private static final int[][] ARRIVALS = {
        {0, 10}, {30, 14}, {90, 14}, {150, 11}, {210, 5}, {270, 7}, {330, 12}, {390, 11}, {450, 6}, {480, 0}};
    static final Outcome[] OUTCOMES = Outcome.values();
    /** done, accepted, incomplete, rejected, consult: the share of each among finished tickets. */
    static final double[] OUTCOME_SHARE = {0.60, 0.15, 0.12, 0.03, 0.10};
    /** Levels 1..5: the share of each among ratings. */
    static final double[] RATING_SHARE = {0.01, 0.02, 0.05, 0.12, 0.80};
    /** Share of calls recalled once; of recalled tickets, share that end as no-show. */
    static final double RECALL = 0.10;
    static final double NO_SHOW_AFTER_RECALL = 0.45;
    /** Share of started tickets transferred to another zone; share of finished tickets rated. */
    static final double TRANSFER = 0.03;
    static final double RATED = 0.60;

    /** What was written, tallied by the builder from the replies (independently of the server's statistics). */
    static final class Summary {
        List<LocalDate> days = List.of();
        long issued;
        long served;
        final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        long noShow;
        long requeued;
        long transferred;
        long rated;
        final long[] ratings = new long[6];
        long green;
        long withIdCard;
        long recalls;
        long pauses;
        long cancelledAtClose;
        long ops;
        long commits;
        long replies;
        long seq;
        long maxWaitSec;
        /** The latest time of day at which a day's last ticket was finished (the windows work until the queue is empty). */
        LocalTime latestClose = LocalTime.MIN;
        long buildNanos;
        long closeNanos;
        long dataBytes;

        LocalDate first() {
            return days.get(0);
        }

        LocalDate last() {
            return days.get(days.size() - 1);
        }
    }

    private enum Kind { ARRIVE, CALL, RECALL, NO_SHOW, START, FINISH, TRANSFER, RATE, REQUEUE, RESUME }

    private record Ev(long atMs, long order, Kind kind, int counter, String number) {
    }

    private final HallStore store;
    private final ZoneId tz;
    private final ManualClock clock;
    private final HallQueue queue;
    private final Random rnd;
    private final int opsPerCommit;
    private final List<String> zones;
    private final List<String> counters;
    private final int kiosks;
    private final Summary sum = new Summary();
    private final String replyPrefix;
    private long replySerial;
    private final List<StoredReply> replies = new ArrayList<>();
    private int opsSinceCommit;

    // one day's simulation
    private final PriorityQueue<Ev> events = new PriorityQueue<>((a, b) -> a.atMs != b.atMs
            ? Long.compare(a.atMs, b.atMs) : Long.compare(a.order, b.order));
    private long order;
    private final Set<Integer> idle = new LinkedHashSet<>();
    private final Map<String, TicketView> lastView = new HashMap<>();
    private final Set<String> transferredToday = new HashSet<>();
    private boolean[] lunchTaken;
    private LocalDate day;

    private PastDays(HallConfig hall, HallStore store, ManualClock clock, int opsPerCommit, long seed,
                     int kiosks) throws SQLException {
        this.store = store;
        this.tz = ZoneId.of(hall.hall().timezone());
        this.clock = clock;
        this.rnd = new Random(seed);
        this.opsPerCommit = opsPerCommit;
        this.kiosks = kiosks;
        this.zones = hall.zones().stream().map(z -> z.id()).toList();
        this.counters = hall.counters().stream().map(Counter::id).toList();
        this.replyPrefix = Long.toHexString(rnd.nextLong() | (1L << 60)) + "-";
        LocalDate first = LocalDate.ofInstant(clock.instant(), tz);
        this.queue = new HallQueue(hall, clock, new IdHasher(store.salt()), store.load(first));
    }

    /** The {@code n} business days (Monday to Friday) before {@code today}, oldest first. */
    static List<LocalDate> businessDaysBefore(LocalDate today, int n) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusDays(1); days.size() < n; d = d.minusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(0, d);
            }
        }
        return days;
    }

    /**
     * Writes {@code perDay} tickets on each of the {@code n} business days before {@code today} into {@code dir}
     * (a new data directory), then rolls over to {@code today} and closes the store.
     */
    static Summary build(HallConfig hall, Path dir, LocalDate today, int n, int perDay, int opsPerCommit, long seed,
                         int kiosks) throws IOException, SQLException {
        long t0 = System.nanoTime();
        List<LocalDate> days = businessDaysBefore(today, n);
        ZoneId tz = ZoneId.of(hall.hall().timezone());
        ManualClock clock = new ManualClock(days.get(0).atTime(7, 45).atZone(tz).toInstant());
        HallStore store = HallStore.open(dir);
        PastDays b;
        try {
            b = new PastDays(hall, store, clock, opsPerCommit, seed, kiosks);
            for (int i = 0; i < days.size(); i++) {
                b.day(days.get(i), perDay);
                LocalDate next = i + 1 < days.size() ? days.get(i + 1) : today;
                // a server that stays up passes every midnight, weekends too
                for (LocalDate d = days.get(i).plusDays(1); !d.isAfter(next); d = d.plusDays(1)) {
                    clock.set(d.atStartOfDay(tz).toInstant().plusSeconds(1));
                    b.queue.rollOverIfDue();
                    b.commit();
                }
                if (i + 1 < days.size()) {
                    clock.set(next.atTime(7, 45).atZone(tz).toInstant());
                }
            }
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw e;
        }
        Summary s = b.sum;
        s.days = days;
        s.seq = b.queue.seq();
        long c0 = System.nanoTime();
        store.close(); // SHUTDOWN: a checkpoint, so the server's first start replays no log
        s.closeNanos = System.nanoTime() - c0;
        s.buildNanos = System.nanoTime() - t0;
        try (Stream<Path> files = Files.walk(dir)) {
            s.dataBytes = files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
        return s;
    }

    // ---- one business day ----------------------------------------------------------------------------------

    private void day(LocalDate d, int perDay) throws SQLException {
        day = d;
        lastView.clear();
        transferredToday.clear();
        idle.clear();
        lunchTaken = new boolean[counters.size()];
        long open = d.atTime(OPEN).atZone(tz).toInstant().toEpochMilli();
        for (long at : arrivals(open, perDay)) {
            schedule(at, Kind.ARRIVE, -1, null);
        }
        // the windows open at 08:30 and call as soon as someone waits
        for (int c = 0; c < counters.size(); c++) {
            idle.add(c);
        }
        Ev e;
        while ((e = events.poll()) != null) {
            clock.set(Instant.ofEpochMilli(e.atMs));
            handle(e);
            if (opsSinceCommit >= opsPerCommit) {
                commit();
            }
        }
        LocalTime closed = LocalTime.ofInstant(clock.instant(), tz);
        if (closed.isAfter(sum.latestClose)) {
            sum.latestClose = closed;
        }
        commit();
        for (TicketView v : lastView.values()) {
            tally(v);
        }
        sum.transferred += transferredToday.size();
    }

    private List<Long> arrivals(long openMs, int n) {
        long total = 0;
        for (int i = 0; i + 1 < ARRIVALS.length; i++) {
            total += (long) (ARRIVALS[i + 1][0] - ARRIVALS[i][0]) * ARRIVALS[i][1];
        }
        List<Long> at = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double x = rnd.nextDouble() * total;
            for (int i = 0; i + 1 < ARRIVALS.length; i++) {
                long w = (long) (ARRIVALS[i + 1][0] - ARRIVALS[i][0]) * ARRIVALS[i][1];
                if (x < w || i + 2 == ARRIVALS.length) {
                    double minute = ARRIVALS[i][0] + x / ARRIVALS[i][1];
                    at.add(openMs + (long) (minute * 60_000));
                    break;
                }
                x -= w;
            }
        }
        at.sort(Long::compare);
        return at;
    }

    private void schedule(long atMs, Kind kind, int counter, String number) {
        events.add(new Ev(atMs, order++, kind, counter, number));
    }

    private long now() {
        return clock.instant().toEpochMilli();
    }

    private long sec(int min, int max) {
        return 1000L * (min + rnd.nextInt(max - min + 1));
    }

    private void handle(Ev e) {
        String c = e.counter < 0 ? null : counters.get(e.counter);
        switch (e.kind) {
            case ARRIVE -> {
                String zone = pick(new double[] {0.40, 0.25, 0.20, 0.15}, zones);
                boolean green = rnd.nextDouble() < 0.04;
                String idCard = rnd.nextDouble() < 0.40 ? idCard() : null;
                String kiosk = BenchHall.kiosk(1 + rnd.nextInt(kiosks));
                TicketView v = op(kiosk, () -> queue.issue(kiosk, zone, green, idCard));
                sum.issued++;
                sum.green += v.green() ? 1 : 0;
                sum.withIdCard += idCard != null ? 1 : 0;
                wakeOne();
            }
            case CALL -> call(e.counter);
            case RECALL -> {
                op(BenchHall.pad(e.counter + 1), () -> queue.recall(c));
                sum.recalls++;
                if (rnd.nextDouble() < NO_SHOW_AFTER_RECALL) {
                    schedule(now() + sec(60, 120), Kind.NO_SHOW, e.counter, e.number);
                } else {
                    schedule(now() + sec(10, 40), Kind.START, e.counter, e.number);
                }
            }
            case NO_SHOW -> {
                op(BenchHall.pad(e.counter + 1), () -> queue.noShow(c));
                if (rnd.nextDouble() < 0.30) { // the citizen comes back and the window puts the ticket back
                    schedule(now() + sec(300, 1200), Kind.REQUEUE, e.counter, e.number);
                }
                schedule(now() + sec(5, 15), Kind.CALL, e.counter, null);
            }
            case START -> {
                op(BenchHall.pad(e.counter + 1), () -> queue.start(c));
                if (rnd.nextDouble() < TRANSFER) {
                    schedule(now() + sec(30, 120), Kind.TRANSFER, e.counter, e.number);
                } else {
                    // consultations are short, matters take longer
                    long service = rnd.nextDouble() < 0.4 ? sec(30, 90) : sec(60, 180);
                    schedule(now() + service, Kind.FINISH, e.counter, e.number);
                }
            }
            case FINISH -> {
                Outcome o = pick(OUTCOME_SHARE, List.of(OUTCOMES));
                LocalDate due = o == Outcome.ACCEPTED && rnd.nextBoolean() ? day.plusDays(7 + rnd.nextInt(14)) : null;
                op(BenchHall.pad(e.counter + 1), () -> queue.finish(c, o, due));
                if (rnd.nextDouble() < RATED) {
                    schedule(now() + sec(5, 20), Kind.RATE, e.counter, e.number);
                }
                schedule(now() + sec(10, 30), Kind.CALL, e.counter, null);
            }
            case TRANSFER -> {
                String from = lastView.get(e.number).zone();
                List<String> others = zones.stream().filter(z -> !z.equals(from)).toList();
                String to = others.get(rnd.nextInt(others.size()));
                op(BenchHall.pad(e.counter + 1), () -> queue.transfer(c, to));
                transferredToday.add(e.number);
                wakeOne();
                schedule(now() + sec(5, 15), Kind.CALL, e.counter, null);
            }
            case RATE -> {
                int level = 1 + pickIndex(rnd, RATING_SHARE);
                op(BenchHall.pad(e.counter + 1), () -> queue.rate(c, e.number, level));
            }
            case REQUEUE -> {
                op(BenchHall.pad(e.counter + 1), () -> queue.requeue(c, e.number));
                sum.requeued++;
                wakeOne();
            }
            case RESUME -> {
                op(BenchHall.pad(e.counter + 1), () -> {
                    queue.resume(c);
                    return null;
                });
                call(e.counter);
            }
        }
    }

    /** A window ready for its next ticket: lunch first if it is due, else call-next (idle when nobody waits). */
    private void call(int counter) {
        String c = counters.get(counter);
        LocalTime t = LocalTime.ofInstant(clock.instant(), tz);
        LocalTime lunch = counter < counters.size() / 2 ? LocalTime.of(12, 0) : LocalTime.of(12, 45);
        if (!lunchTaken[counter] && !t.isBefore(lunch) && t.isBefore(lunch.plusMinutes(45))) {
            lunchTaken[counter] = true;
            op(BenchHall.pad(counter + 1), () -> {
                queue.pause(c, "午休");
                return null;
            });
            sum.pauses++;
            schedule(lunch.plusMinutes(45).atDate(day).atZone(tz).toInstant().toEpochMilli(), Kind.RESUME, counter,
                    null);
            return;
        }
        TicketView v = op(BenchHall.pad(counter + 1), () -> queue.callNext(c));
        if (v == null) {
            idle.add(counter);
            return;
        }
        double r = rnd.nextDouble();
        if (r < RECALL) {
            schedule(now() + sec(20, 40), Kind.RECALL, counter, v.number());
        } else {
            schedule(now() + sec(10, 40), Kind.START, counter, v.number());
        }
    }

    /** A ticket entered a queue: one idle window (if any) notices and calls. */
    private void wakeOne() {
        if (idle.isEmpty()) {
            return;
        }
        int pickAt = rnd.nextInt(idle.size());
        Integer c = idle.stream().skip(pickAt).findFirst().orElseThrow();
        idle.remove(c);
        schedule(now() + sec(2, 10), Kind.CALL, c, null);
    }

    /**
     * One operation as the engine runs it: the reply it would keep (same JSON as the engine's), and the
     * ticket's latest state for the tally.
     */
    private TicketView op(String device, Supplier<TicketView> action) {
        TicketView v = action.get();
        ObjectNode reply = WireJson.ok(replyPrefix + (++replySerial));
        if (v != null) {
            reply.set("ticket", Json.mapper().valueToTree(v));
            lastView.put(v.number(), v);
        } else if (device.startsWith("pad-")) {
            reply.set("ticket", null);
        }
        replies.add(new StoredReply(device, reply.get("re").asText(), clock.instant(), WireJson.text(reply)));
        sum.ops++;
        opsSinceCommit++;
        return v;
    }

    private void commit() throws SQLException {
        Instant now = clock.instant();
        store.commit(queue.takeEffects(), replies, queue.seq(), now.minus(KEEP_REPLIES));
        sum.replies += replies.size();
        replies.clear();
        opsSinceCommit = 0;
        sum.commits++;
    }

    private void tally(TicketView v) {
        switch (v.state()) {
            case DONE -> {
                sum.served++;
                sum.outcomes.merge(v.outcome(), 1L, Long::sum);
                if (v.rating() != null) {
                    sum.rated++;
                    sum.ratings[v.rating()]++;
                }
            }
            case NO_SHOW -> sum.noShow++;
            case CANCELLED -> sum.cancelledAtClose++;
            default -> throw new IllegalStateException(v.number() + " of " + day + " ended the day " + v.state());
        }
        if (v.calledAt() != null) {
            long wait = Duration.between(java.time.OffsetDateTime.parse(v.issuedAt()),
                    java.time.OffsetDateTime.parse(v.calledAt())).toSeconds();
            sum.maxWaitSec = Math.max(sum.maxWaitSec, wait);
        }
    }

    private <T> T pick(double[] shares, List<T> items) {
        return items.get(pickIndex(rnd, shares));
    }

    /** An index drawn with the given shares (which add up to 1). */
    static int pickIndex(Random rnd, double[] shares) {
        double x = rnd.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            if (x < shares[i]) {
                return i;
            }
            x -= shares[i];
        }
        return shares.length - 1;
    }

    /** A valid 18-character resident ID number (check character by ISO 7064 MOD 11-2), born 1940..2006. */
    private String idCard() {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(rnd.nextInt(67 * 365));
        String s = "420704" + birth.toString().replace("-", "") + String.format("%03d", rnd.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * w[i];
        }
        return s + "10X98765432".charAt(sum % 11);
    }
}
