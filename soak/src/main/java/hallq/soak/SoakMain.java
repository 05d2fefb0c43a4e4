package hallq.soak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import picocli.CommandLine;

/** {@code java -jar soak/target/soak.jar [options]}: one hall day, the checks, one closing line; exit 0 when all hold. */
public final class SoakMain {
    private SoakMain() {
    }

    public static void main(String[] args) throws Exception {
        // --help, or a wrong command line: picocli says so, and the status is 0 or 2
        CommandLine line = SoakCommandLine.line();
        int status = line.execute(args);
        SoakSettings s = line.getExecutionResult();
        if (s == null) {
            System.exit(status);
            return;
        }
        System.out.printf("hall day: %d tickets, %d kiosks, %d windows, %d displays, %d kills, %.0f tickets/s, "
                + "service %d-%d ms%n", s.tickets(), s.kiosks(), s.counters(), s.displays(), s.kills(),
                s.issuePerSec(), s.serviceMinMs(), s.serviceMaxMs());
        Path dir = Files.createTempDirectory("hallq-soak");
        Soak.Result r;
        try {
            r = new Soak(s, System.out).run(dir);
        } finally {
            if (System.getenv("SOAK_KEEP") == null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } else {
                System.out.println("kept " + dir);
            }
        }
        System.out.println(r.summary());
        System.exit(r.passed() ? 0 : 1);
    }
}
