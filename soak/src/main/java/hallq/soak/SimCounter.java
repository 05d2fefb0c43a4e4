package hallq.soak;

import hallq.protocol.Op;
import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.client.HallClient;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A window's pad: call the next citizen, a few never come (no-show), the rest are served for a random time, finished
 * with a random outcome and most of them rate. When nobody waits it waits for the next {@code queue} event.
 */
final class SimCounter extends Terminal {
    private static final List<String> OUTCOMES = List.of("done", "done", "done", "done", "done", "done", "accepted",
            "accepted", "incomplete", "consult", "rejected");

    private final String counter;
    private final Random random;
    private final SoakSettings settings;
    private final Semaphore queueNews = new Semaphore(0);
    private volatile boolean stop;

    SimCounter(String counter, Ledger ledger, SoakSettings settings) {
        super("pad-" + counter, ledger);
        this.counter = counter;
        this.settings = settings;
        this.random = new Random(settings.seed() * 31 + counter.hashCode());
    }

    @Override
    public void connected(JsonNode hello) {
        queueNews.release(); // the queue may have changed while the link was down
    }

    @Override
    public void event(JsonNode event) {
        if (queueNews.availablePermits() < 4) {
            queueNews.release();
        }
    }

    void stop() {
        stop = true;
        queueNews.release();
    }

    void run() throws InterruptedException, TimeoutException {
        while (!stop) {
            JsonNode r = ok(Op.CALL_NEXT.wire(), null);
            JsonNode t = r == null ? null : r.path("ticket");
            if (t == null || t.isNull() || t.isMissingNode()) {
                queueNews.tryAcquire(250, TimeUnit.MILLISECONDS); // until a queue changes, or a look again anyway
                continue;
            }
            String day = t.path("day").asText();
            String number = t.path("number").asText();
            ledger.called(day, number, counter);
            if (random.nextInt(100) < 3) {
                if (ok(Op.NO_SHOW.wire(), null) != null) {
                    ledger.noShow();
                }
                continue;
            }
            if (ok(Op.START.wire(), null) == null) {
                continue;
            }
            int serviceMs = settings.serviceMinMs() + random.nextInt(settings.serviceMaxMs() - settings.serviceMinMs() + 1);
            Thread.sleep(serviceMs); // the citizen's matter being handled, compressed: simulated work, not a wait
            String outcome = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
            if (ok(Op.FINISH.wire(), HallClient.args("outcome", outcome)) == null) {
                continue;
            }
            ledger.finished(outcome);
            if (random.nextInt(10) < 7) {
                int level = random.nextInt(10) < 7 ? 5 : 1 + random.nextInt(4);
                if (ok(Op.RATE.wire(), HallClient.args("ticket", number, "level", level)) != null) {
                    ledger.rated(level);
                }
            }
        }
    }
}
