package hallq.soak;

import hallq.soak.SoakChecks.Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One compressed hall day against the server in a child JVM: kiosks issue, windows call, serve, finish and get
 * rated, displays watch; the server is killed with kill -9 and restarted on the same data and port while all of that
 * goes on, and random terminals lose their connection and reconnect. Then the checks of {@link SoakChecks}.
 */
public final class Soak {
    private static final String MANAGER = "soak-manager";

    /** The day's outcome: the checks, and the numbers worth printing. */
    public record Result(List<Check> checks, List<Long> restartMs, int drops, long elapsedMs, int tickets) {
        public boolean passed() {
            return checks.stream().allMatch(Check::passed);
        }

        /** The closing line. */
        public String summary() {
            long ok = checks.stream().filter(Check::passed).count();
            return "SOAK " + (passed() ? "PASSED" : "FAILED") + ": " + ok + "/" + checks.size() + " checks, "
                    + tickets + " tickets, " + restartMs.size() + " kill -9 + restart " + restartMs + " ms, " + drops
                    + " terminal drops, " + (elapsedMs / 1000) + " s";
        }
    }

    private final SoakSettings settings;
    private final PrintStream out;

    public Soak(SoakSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public Result run(Path dir) throws Exception {
        long t0 = System.nanoTime();
        Path hallFile = dir.resolve("soak-hall.yaml");
        try (InputStream in = Soak.class.getResourceAsStream("/hallq/soak/soak-hall.yaml")) {
            Files.copy(in, hallFile);
        }
        Ledger ledger = new Ledger();
        List<Long> restarts = new ArrayList<>();
        try (ServerChild server = new ServerChild(hallFile, dir.resolve("data"), dir.resolve("server.log"))) {
            server.start();
            try (SimHall hall = new SimHall(settings, ledger, URI.create("ws://127.0.0.1:" + server.port() + "/ws"))) {
                hall.openDoors();
                long deadline = System.nanoTime() + settings.timeout().toNanos();
                Random chaos = new Random(settings.seed());
                long nextDrop = System.nanoTime() + settings.dropEveryMs() * 1_000_000L;
                while (!hall.dayOver()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the hall day did not end within " + settings.timeout()
                                + ": " + ledger.issued.size() + " issued, " + ledger.served.get() + " served");
                    }
                    int kills = restarts.size();
                    if (kills < settings.kills()
                            && ledger.issued.size() >= settings.tickets() * (kills + 1) / (settings.kills() + 1)) {
                        server.kill9();
                        out.printf("kill -9 #%d at %d acknowledged tickets%n", kills + 1, ledger.issued.size());
                        restarts.add(server.start());
                        out.printf("  restarted on the same data and port in %d ms%n", restarts.get(kills));
                    }
                    if (settings.dropEveryMs() > 0 && System.nanoTime() > nextDrop) {
                        hall.dropOne(chaos);
                        nextDrop += settings.dropEveryMs() * 1_000_000L;
                    }
                    ledger.awaitChange(50); // a reply moves the day on; the drops and kills keep their own time
                }
                hall.closeDoors();
                out.printf("day over: %d tickets acknowledged, %d called, %d served, %d no-shows, %d rated%n",
                        ledger.issued.size(), ledger.calls(), ledger.served.get(), ledger.noShows.get(), ledger.rated());
                return new Result(check(ledger, hall.displays(), new HallHttp(server.port(), MANAGER)), restarts,
                        ledger.drops.get(), (System.nanoTime() - t0) / 1_000_000, ledger.issued.size());
            }
        }
    }

    private List<Check> check(Ledger ledger, List<SimDisplay> displays, HallHttp http)
            throws IOException, InterruptedException {
        List<String> days = new ArrayList<>(ledger.days);
        Collections.sort(days);
        String from = days.isEmpty() ? "2000-01-01" : days.get(0);
        String to = days.isEmpty() ? from : days.get(days.size() - 1);
        List<Check> checks = new ArrayList<>();
        checks.add(SoakChecks.everyTicketStored(ledger, http.csv(from, to)));
        checks.add(SoakChecks.noTicketCalledTwice(ledger));
        // the last events may still be on their way to a display: compare until equal, or give up at a deadline
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Check screens;
        do {
            screens = SoakChecks.displaysEqualSnapshot(displays, SimDisplay.of(http.snapshot()));
        } while (!screens.passed() && System.nanoTime() < deadline && awaitEvent(ledger));
        checks.add(screens);
        checks.add(SoakChecks.statsEqualCounts(ledger, http.stats(from, to)));
        List<String> other = ledger.problems().stream().filter(p -> !p.contains("called")).toList();
        checks.add(new Check("no request refused or unanswered", other.isEmpty(),
                other.isEmpty() ? "none" : other.toString()));
        for (Check c : checks) {
            out.printf("  [%s] %s: %s%n", c.passed() ? "ok" : "FAILED", c.name(), c.detail());
        }
        return checks;
    }

    /** Until a display hears an event (or 200 ms); always true, to sit in a loop condition. */
    private static boolean awaitEvent(Ledger ledger) throws InterruptedException {
        ledger.awaitChange(200);
        return true;
    }
}
