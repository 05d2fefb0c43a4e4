package hallq.soak;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The soak's command line (picocli): the full hall day or {@code --ci}'s, with what the options change. */
@Command(name = "soak", sortOptions = false, usageHelpWidth = 100,
        customSynopsis = "soak/run.sh [options]   (java -jar soak/target/soak.jar [options])",
        description = "One compressed hall day against the server in a child JVM, killed with kill -9 and restarted;"
                + " the checks and one closing line, exit 0 when all hold. Options:")
final class SoakCommandLine implements Callable<SoakSettings> {
    @Spec
    CommandSpec command;

    @Option(names = "--tickets", paramLabel = "N", description = "tickets the kiosks get acknowledged over the day")
    Integer tickets;

    @Option(names = "--kills", paramLabel = "N", description = "times the server is killed with kill -9 and restarted")
    Integer kills;

    @Option(names = "--issue-per-sec", paramLabel = "R", description = "tickets a second over all kiosks")
    Double issuePerSec;

    @Option(names = "--service", paramLabel = "MIN-MAX", description = "a service's time at a window, in ms")
    String service;

    @Option(names = "--drop-every", paramLabel = "MS",
            description = "every this often a random terminal's connection is cut; 0: never")
    Integer dropEveryMs;

    @Option(names = "--seed", paramLabel = "S", description = "the random choices")
    Long seed;

    @Option(names = "--timeout-sec", paramLabel = "T", description = "the longest the day may take")
    Integer timeoutSec;

    @Option(names = "--ci", description = "start from the size mvn verify runs instead of the full day")
    boolean ci;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print these options and exit")
    boolean help;

    /** picocli over a new command line; an option given twice counts the last time. */
    static CommandLine line() {
        CommandLine line = new CommandLine(new SoakCommandLine()).setOverwrittenOptionsAllowed(true);
        // the defaults from the two days themselves, so that the help cannot fall behind them
        line.getCommandSpec().usageMessage().footer("", "The full hall day (default): " + SoakSettings.FULL.describe(),
                "--ci: " + SoakSettings.CI.describe(), "SOAK_KEEP=1 in the environment keeps the data directory.");
        return line;
    }

    @Override
    public SoakSettings call() {
        SoakSettings s = ci ? SoakSettings.CI : SoakSettings.FULL;
        int serviceMin = s.serviceMinMs();
        int serviceMax = s.serviceMaxMs();
        if (service != null) {
            String[] p = service.split("-");
            if (p.length != 2) {
                throw wrong("--service wants MIN-MAX in ms, e.g. 150-1000");
            }
            serviceMin = positive("--service", number("--service", p[0]));
            serviceMax = positive("--service", number("--service", p[1]));
        }
        if (serviceMin > serviceMax) {
            throw wrong("--service: MIN is above MAX");
        }
        int k = kills != null ? kills : s.kills();
        double rate = issuePerSec != null ? issuePerSec : s.issuePerSec();
        if (k < 0 || rate <= 0) {
            throw wrong("--kills must be 0 or more and --issue-per-sec above 0");
        }
        return new SoakSettings(tickets != null ? positive("--tickets", tickets) : s.tickets(), s.kiosks(),
                s.counters(), s.displays(), k, rate, serviceMin, serviceMax,
                dropEveryMs != null ? dropEveryMs : s.dropEveryMs(), seed != null ? seed : s.seed(),
                timeoutSec != null ? Duration.ofSeconds(positive("--timeout-sec", timeoutSec)) : s.timeout());
    }

    private int number(String option, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw wrong(option + " wants a number, not " + v);
        }
    }

    private int positive(String option, int n) {
        if (n <= 0) {
            throw wrong(option + " must be above 0, not " + n);
        }
        return n;
    }

    private ParameterException wrong(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
