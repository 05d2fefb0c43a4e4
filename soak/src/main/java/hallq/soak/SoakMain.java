package hallq.soak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** {@code java -jar soak/target/soak.jar [options]}: one hall day, the checks, one closing line; exit 0 when all hold. */
public final class SoakMain {
    private SoakMain() {
    }

    public static void main(String[] args) throws Exception {
        SoakSettings s;
        try {
            s = SoakSettings.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            if (e.getMessage().equals("help")) {
                System.out.println(SoakSettings.USAGE);
                System.exit(0);
            }
            System.err.println("soak: " + e.getMessage());
            System.err.println(SoakSettings.USAGE);
            System.exit(2);
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
