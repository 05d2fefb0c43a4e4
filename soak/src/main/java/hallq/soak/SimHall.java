package hallq.soak;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The hall's simulated terminals: displays, windows and kiosks, each on the real client, and their day's work. */
final class SimHall implements AutoCloseable {
    private final SoakSettings settings;
    private final Ledger ledger;
    private final List<SimKiosk> kiosks = new ArrayList<>();
    private final List<SimCounter> counters = new ArrayList<>();
    private final List<SimDisplay> displays = new ArrayList<>();
    private final List<Terminal> all = new ArrayList<>();
    private final List<Future<?>> issuing = new ArrayList<>();
    private final List<Future<?>> serving = new ArrayList<>();
    private final ExecutorService work = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "soak-terminal");
        t.setDaemon(true);
        return t;
    });

    /** Connects every terminal of the soak hall file to the server at {@code ws}. */
    SimHall(SoakSettings settings, Ledger ledger, URI ws) {
        this.settings = settings;
        this.ledger = ledger;
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
    }

    /** The kiosks start issuing {@code settings.tickets()} at the day's pace, the windows start calling. */
    void openDoors() {
        AtomicInteger left = new AtomicInteger(settings.tickets());
        long every = (long) (1e9 * settings.kiosks() / settings.issuePerSec());
        for (SimKiosk k : kiosks) {
            issuing.add(work.submit(() -> {
                k.run(left, every);
                return null;
            }));
        }
        for (SimCounter c : counters) {
            serving.add(work.submit(() -> {
                c.run();
                return null;
            }));
        }
    }

    /** The kiosks have issued all they will and every issued ticket was served or found absent. */
    boolean dayOver() throws Exception {
        failFast(issuing);
        failFast(serving);
        return issuing.stream().allMatch(Future::isDone)
                && ledger.served.get() + ledger.noShows.get() >= ledger.issued.size();
    }

    /** A terminal that died ends the day at once, with its reason. */
    private static void failFast(List<Future<?>> fs) throws Exception {
        for (Future<?> f : fs) {
            if (f.isDone()) {
                f.get();
            }
        }
    }

    /** Cuts one terminal's connection, picked at random; it reconnects by itself. */
    void dropOne(Random random) {
        all.get(random.nextInt(all.size())).drop();
    }

    /** The windows close and finish what they hold. */
    void closeDoors() throws Exception {
        counters.forEach(SimCounter::stop);
        for (Future<?> f : serving) {
            f.get(Terminal.REPLY_WAIT_SEC, TimeUnit.SECONDS);
        }
    }

    List<SimDisplay> displays() {
        return displays;
    }

    @Override
    public void close() {
        all.forEach(Terminal::close);
        work.shutdownNow();
    }
}
