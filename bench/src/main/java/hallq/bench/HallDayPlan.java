package hallq.bench;

import hallq.protocol.Outcome;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * What happens in the realistic hall of {@link HallDay}, in the hall's own time and on the wall clock: when each
 * ticket is issued, in which zone, and what one window does with a ticket it called (the citizen's walk to the
 * window, the service, the wait for the rating). The hall's time is compressed {@code compression} times onto the
 * wall: every duration is divided by it, so at 10x a ticket every 2 s of the hall is one every 200 ms of the bench,
 * and a 15 s service is 1.5 s. Plain arithmetic over seeded randoms, the same for every run of one seed.
 *
 * <p>The shares: zones as a hall's comprehensive windows see them (自然人 40 %, 法人 30 %, 不动产 20 %, 工程建设 10 %),
 * 4 % asked green, the outcomes and rating levels of {@link PastDays}; every finished ticket is rated (the 好差评
 * evaluator asks every citizen), so a ticket's work runs from issue to rating.
 *
 * <p>The service times are short for a service hall on purpose: at a ticket every 2 s, 12 windows keep up only if a
 * window's whole cycle (reaction, walk, service, rating) averages under 24 s of the hall's time; here it is about
 * 22.5 s (walk 3-10 s, service 5-21 s, rating 1-3 s, reaction 1-3 s), a hall at its morning peak, so the queue stays
 * short and every ticket of the window is served in it or soon after.
 */
record HallDayPlan(double compression, int hallSeconds, double ticketEverySec, long seed) {
    /** The zones of {@link HallDayFile} and the share of tickets each gets (in this order; they add up to 1). */
    static final List<String> ZONES = List.of("natural", "legal", "estate", "project");
    static final double[] ZONE_SHARE = {0.40, 0.30, 0.20, 0.10};
    static final double GREEN = 0.04;
    /** Hall's-time bounds in ms (uniform between them). */
    static final long WALK_MIN = 3_000;
    static final long WALK_MAX = 10_000;
    static final long SERVICE_MIN = 5_000;
    static final long SERVICE_MAX = 21_000;
    static final long RATE_MIN = 1_000;
    static final long RATE_MAX = 3_000;
    static final long REACT_MIN = 1_000;
    static final long REACT_MAX = 3_000;

    /** The default: 10 minutes of a ticket every 2 s, 10 times faster than the hall (a ticket every 200 ms, 60 s). */
    static HallDayPlan standard() {
        return new HallDayPlan(10, 600, 2.0, 20261204L);
    }

    HallDayPlan {
        if (!(compression >= 1) || hallSeconds <= 0 || !(ticketEverySec > 0)) {
            throw new IllegalArgumentException("compression >= 1, hallSeconds > 0 and ticketEverySec > 0: "
                    + compression + ", " + hallSeconds + ", " + ticketEverySec);
        }
    }

    /** The same hall at another speed (the warm-up runs it faster). */
    HallDayPlan at(double otherCompression) {
        return new HallDayPlan(otherCompression, hallSeconds, ticketEverySec, seed);
    }

    /** Tickets in the plan's span of the hall's time. */
    int tickets() {
        return (int) Math.floor(hallSeconds / ticketEverySec);
    }

    /** Wall-clock length of the plan's span in ms. */
    long wallMs() {
        return wall(hallSeconds * 1000L);
    }

    /**
     * A hall's-time duration in ms as wall-clock ms (at least 1). The terminals' own timers (the kiosk's and
     * display's queue-event interval, the dashboard's statistics delay) go through this too, so that the compressed
     * hall makes as many events per ticket as a real one.
     */
    long wall(long hallMs) {
        return Math.max(1, Math.round(hallMs / compression));
    }

    /** One ticket: when it is issued (wall ns after the start), its zone, green or not, and which kiosk issues it. */
    record Ticket(int index, long atNanos, String zone, boolean green, int kiosk) {
    }

    /** Ticket {@code i} (0-based; the plan's own tickets are 0 .. tickets()-1, a warm-up may go on past them). */
    Ticket ticket(int i, int kiosks) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        long at = Math.round(i * ticketEverySec * 1e9 / compression);
        String zone = ZONES.get(pick(r.nextDouble(), ZONE_SHARE));
        return new Ticket(i, at, zone, r.nextDouble() < GREEN, i % kiosks);
    }

    /** What a window does with one ticket it called, as wall-clock ms. */
    record Service(long walkMs, long serviceMs, Outcome outcome, long rateDelayMs, int level) {
    }

    /** The next ticket's handling at a window, from that window's own random sequence. */
    Service service(Random rnd) {
        long walk = uniform(rnd, WALK_MIN, WALK_MAX);
        long service = uniform(rnd, SERVICE_MIN, SERVICE_MAX);
        Outcome outcome = PastDays.OUTCOMES[PastDays.pickIndex(rnd, PastDays.OUTCOME_SHARE)];
        long rate = uniform(rnd, RATE_MIN, RATE_MAX);
        int level = 1 + PastDays.pickIndex(rnd, PastDays.RATING_SHARE);
        return new Service(wall(walk), wall(service), outcome, wall(rate), level);
    }

    /** How long a clerk takes to press call-next again once the pad shows somebody waiting, wall ms. */
    long reactionMs(Random rnd) {
        return wall(uniform(rnd, REACT_MIN, REACT_MAX));
    }

    private static long uniform(Random rnd, long min, long max) {
        return min + (long) (rnd.nextDouble() * (max - min));
    }

    private static int pick(double x, double[] shares) {
        for (int i = 0; i < shares.length - 1; i++) {
            if (x < shares[i]) {
                return i;
            }
            x -= shares[i];
        }
        return shares.length - 1;
    }

    /**
     * The server's CPU per completed ticket in µs: its CPU over the load window, less what it spends idle over as
     * long (its rate over an idle window, {@code idleCpuNanos / idleWallNanos}, times the load window's length), per
     * ticket. With {@code subtractIdle} false, the load window's CPU as it is. NaN without tickets or windows.
     */
    static double cpuPerTicketMicros(long loadCpuNanos, long loadWallNanos, long idleCpuNanos, long idleWallNanos,
                                     long tickets, boolean subtractIdle) {
        if (tickets <= 0 || loadWallNanos <= 0 || subtractIdle && idleWallNanos <= 0) {
            return Double.NaN;
        }
        double cpu = loadCpuNanos;
        if (subtractIdle) {
            cpu -= (double) idleCpuNanos / idleWallNanos * loadWallNanos;
        }
        return cpu / tickets / 1e3;
    }

    /** Issue 21's bound for call-next -> called: 2 x (fsync p99 + loopback WebSocket round trip p99), in ms. */
    static double boundMs(double fsyncP99Ms, double roundTripP99Ms) {
        return 2 * (fsyncP99Ms + roundTripP99Ms);
    }
}
