package hallq.soak;

import java.time.Duration;
import java.util.List;

/**
 * The size and pace of one simulated hall day.
 *
 * @param tickets      tickets the kiosks get acknowledged over the day
 * @param kiosks       kiosk connections (the hall file has 2)
 * @param counters     windows serving (the hall file has 12)
 * @param displays     caller displays watching (the hall file has 3)
 * @param kills        times the server is killed with kill -9 and restarted, spread over the day
 * @param issuePerSec  tickets a second over all kiosks (a real hall's morning compressed)
 * @param serviceMinMs shortest service at a window, start to finish (compressed)
 * @param serviceMaxMs longest
 * @param dropEveryMs  every this often a random terminal's connection is cut (it reconnects by itself); 0: never
 * @param seed         the random choices (zones, service times, outcomes, ratings, drops)
 */
public record SoakSettings(int tickets, int kiosks, int counters, int displays, int kills, double issuePerSec,
                           int serviceMinMs, int serviceMaxMs, int dropEveryMs, long seed, Duration timeout) {

    /** The hall day of issue 8: 2,000 tickets, 12 windows, 3 displays, 2 kiosks, two kills. */
    public static final SoakSettings FULL = new SoakSettings(2000, 2, 12, 3, 2, 20, 150, 1000, 700, 8, Duration.ofMinutes(10));

    /** The size that runs inside {@code mvn verify}: a few hundred tickets, the same kills and drops. */
    public static final SoakSettings CI = new SoakSettings(300, 2, 12, 3, 2, 25, 100, 500, 500, 8, Duration.ofMinutes(3));

    public static final String USAGE = String.join("\n",
            "usage: soak/run.sh [--tickets N] [--kills N] [--issue-per-sec R] [--service MIN-MAX] [--drop-every MS]",
            "                   [--seed S] [--timeout-sec T] [--ci]",
            "  defaults: the full hall day, 2000 tickets, 2 kiosks, 12 windows, 3 displays, 2 kills, 20 tickets/s,",
            "  service 150-1000 ms, a terminal dropped every 700 ms; --ci: the size mvn verify runs (300 tickets)");

    public static SoakSettings parse(List<String> args) {
        SoakSettings s = args.contains("--ci") ? CI : FULL;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--ci")) {
                continue;
            }
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException("help");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args.get(++i);
            try {
                s = switch (a) {
                    case "--tickets" -> s.with(positive(a, v), s.kills, s.issuePerSec, s.serviceMinMs, s.serviceMaxMs,
                            s.dropEveryMs, s.seed, s.timeout);
                    case "--kills" -> s.with(s.tickets, Integer.parseInt(v), s.issuePerSec, s.serviceMinMs,
                            s.serviceMaxMs, s.dropEveryMs, s.seed, s.timeout);
                    case "--issue-per-sec" -> s.with(s.tickets, s.kills, Double.parseDouble(v), s.serviceMinMs,
                            s.serviceMaxMs, s.dropEveryMs, s.seed, s.timeout);
                    case "--service" -> {
                        String[] p = v.split("-");
                        if (p.length != 2) {
                            throw new IllegalArgumentException("--service wants MIN-MAX in ms, e.g. 150-1000");
                        }
                        yield s.with(s.tickets, s.kills, s.issuePerSec, positive(a, p[0]), positive(a, p[1]),
                                s.dropEveryMs, s.seed, s.timeout);
                    }
                    case "--drop-every" -> s.with(s.tickets, s.kills, s.issuePerSec, s.serviceMinMs, s.serviceMaxMs,
                            Integer.parseInt(v), s.seed, s.timeout);
                    case "--seed" -> s.with(s.tickets, s.kills, s.issuePerSec, s.serviceMinMs, s.serviceMaxMs,
                            s.dropEveryMs, Long.parseLong(v), s.timeout);
                    case "--timeout-sec" -> s.with(s.tickets, s.kills, s.issuePerSec, s.serviceMinMs, s.serviceMaxMs,
                            s.dropEveryMs, s.seed, Duration.ofSeconds(positive(a, v)));
                    default -> throw new IllegalArgumentException("unknown option " + a);
                };
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(a + " wants a number, not " + v);
            }
        }
        if (s.serviceMinMs > s.serviceMaxMs) {
            throw new IllegalArgumentException("--service: MIN is above MAX");
        }
        if (s.kills < 0 || s.issuePerSec <= 0) {
            throw new IllegalArgumentException("--kills must be 0 or more and --issue-per-sec above 0");
        }
        return s;
    }

    private SoakSettings with(int tickets, int kills, double issuePerSec, int serviceMinMs, int serviceMaxMs,
                              int dropEveryMs, long seed, Duration timeout) {
        return new SoakSettings(tickets, kiosks, counters, displays, kills, issuePerSec, serviceMinMs, serviceMaxMs,
                dropEveryMs, seed, timeout);
    }

    private static int positive(String option, String v) {
        int n = Integer.parseInt(v.strip());
        if (n <= 0) {
            throw new IllegalArgumentException(option + " must be above 0, not " + v);
        }
        return n;
    }
}
