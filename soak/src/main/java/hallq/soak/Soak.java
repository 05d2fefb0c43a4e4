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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
        Path hall = dir.resolve("soak-hall.yaml");
        try (InputStream in = Soak.class.getResourceAsStream("/hallq/soak/soak-hall.yaml")) {
            Files.copy(in, hall);
        }
        Ledger ledger = new Ledger();
        List<Long> restarts = new ArrayList<>();
        try (ServerChild server = new ServerChild(hall, dir.resolve("data"), dir.resolve("server.log"))) {
            server.start();
            URI ws = URI.create("ws://127.0.0.1:" + server.port() + "/ws");
            List<SimKiosk> kiosks = new ArrayList<>();
            List<SimCounter> counters = new ArrayList<>();
            List<SimDisplay> displays = new ArrayList<>();
            List<Terminal> all = new ArrayList<>();
            ExecutorService work = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "soak-terminal");
                t.setDaemon(true);
                return t;
            });
            try {
                for (int i = 1; i <= settings.displays(); i++) {
                    SimDisplay d = new SimDisplay("board-" + i, ledger);
                    d.connect(ws, "soak-board-" + i, "called", "queue", "counter");
                    displays.add(d);
                }
                for (int i = 1; i <= settings.counters(); i++) {
                    SimCounter c = new SimCounter(String.valueOf(i), ledger, settings);
                    c.connect(ws, "soak-pad-" + i, "queue");
                    counters.add(c);
                }
                for (int i = 1; i <= settings.kiosks(); i++) {
                    SimKiosk k = new SimKiosk("kiosk-" + i, ledger, settings.seed() + i);
                    k.connect(ws, "soak-kiosk-" + i, "queue");
                    kiosks.add(k);
                }
                all.addAll(displays);
                all.addAll(counters);
                all.addAll(kiosks);

                AtomicInteger left = new AtomicInteger(settings.tickets());
                long every = (long) (1e9 * settings.kiosks() / settings.issuePerSec());
                List<Future<?>> issuing = new ArrayList<>();
                for (SimKiosk k : kiosks) {
                    issuing.add(work.submit(() -> {
                        k.run(left, every);
                        return null;
                    }));
                }
                List<Future<?>> serving = new ArrayList<>();
                for (SimCounter c : counters) {
                    serving.add(work.submit(() -> {
                        c.run();
                        return null;
                    }));
                }
                long deadline = System.nanoTime() + settings.timeout().toNanos();
                Random chaos = new Random(settings.seed());
                long nextDrop = System.nanoTime() + settings.dropEveryMs() * 1_000_000L;
                int killsDone = 0;
                while (!allDone(issuing) || handled(ledger) < ledger.issued.size()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the hall day did not end within " + settings.timeout()
                                + ": " + ledger.issued.size() + " issued, " + handled(ledger) + " handled");
                    }
                    failFast(issuing);
                    failFast(serving);
                    if (killsDone < settings.kills()
                            && ledger.issued.size() >= settings.tickets() * (killsDone + 1) / (settings.kills() + 1)) {
                        server.kill9();
                        killsDone++;
                        out.printf("kill -9 #%d at %d acknowledged tickets%n", killsDone, ledger.issued.size());
                        long ms = server.start();
                        restarts.add(ms);
                        out.printf("  restarted on the same data and port in %d ms%n", ms);
                    }
                    if (settings.dropEveryMs() > 0 && System.nanoTime() > nextDrop) {
                        all.get(chaos.nextInt(all.size())).drop();
                        nextDrop += settings.dropEveryMs() * 1_000_000L;
                    }
                    ledger.awaitChange(50); // a reply moves the day on; the drops and kills keep their own time
                }
                counters.forEach(SimCounter::stop);
                for (Future<?> f : serving) {
                    f.get(Terminal.REPLY_WAIT_SEC, TimeUnit.SECONDS);
                }
                out.printf("day over: %d tickets acknowledged, %d called, %d served, %d no-shows, %d rated%n",
                        ledger.issued.size(), ledger.calls(), ledger.served.get(), ledger.noShows.get(), rated(ledger));
                return new Result(check(ledger, displays, new HallHttp(server.port(), MANAGER)), restarts,
                        ledger.drops.get(), (System.nanoTime() - t0) / 1_000_000, ledger.issued.size());
            } finally {
                all.forEach(Terminal::close);
                work.shutdownNow();
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

    private static boolean allDone(List<Future<?>> fs) {
        return fs.stream().allMatch(Future::isDone);
    }

    /** A terminal thread that died ends the day at once, with its reason. */
    private static void failFast(List<Future<?>> fs) throws Exception {
        for (Future<?> f : fs) {
            if (f.isDone()) {
                f.get();
            }
        }
    }

    private static int handled(Ledger ledger) {
        return ledger.served.get() + ledger.noShows.get();
    }

    private static int rated(Ledger ledger) {
        int n = 0;
        for (int level = 1; level <= 5; level++) {
            n += ledger.ratings.get(level);
        }
        return n;
    }
}
