package hallq.soak;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

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

    /** The day in one line, as the soak's start and its --help say it. */
    public String describe() {
        return String.format(Locale.ROOT, "%d tickets, %d kiosks, %d windows, %d displays, %d kills, %.0f tickets/s, "
                + "service %d-%d ms, a drop every %d ms, seed %d, at most %d s", tickets, kiosks, counters, displays,
                kills, issuePerSec, serviceMinMs, serviceMaxMs, dropEveryMs, seed, timeout.toSeconds());
    }

    /** @throws picocli.CommandLine.ParameterException saying what is wrong (see {@link SoakCommandLine}) */
    public static SoakSettings parse(List<String> args) {
        CommandLine line = SoakCommandLine.line();
        line.parseArgs(args.toArray(String[]::new));
        return line.<SoakCommandLine>getCommand().call();
    }
}
