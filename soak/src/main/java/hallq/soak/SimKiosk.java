package hallq.soak;

import hallq.protocol.Op;
import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.client.HallClient;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** A kiosk: citizens take tickets at a steady pace; every acknowledged ticket goes into the ledger. */
final class SimKiosk extends Terminal {
    /** The five demo zones, weighted as a hall's day: personal services busiest, pick-up and projects least. */
    private static final List<String> ZONES = List.of("legal", "legal", "legal", "natural", "natural", "natural",
            "natural", "estate", "estate", "project", "pickup");

    private final Random random;

    SimKiosk(String device, Ledger ledger, long seed) {
        super(device, ledger);
        this.random = new Random(seed);
    }

    @Override
    public void connected(JsonNode hello) {
    }

    /**
     * Issues tickets until {@code left} runs out, one every {@code everyNanos} (a citizen at a time: the next one
     * taps after the ticket is out).
     */
    void run(AtomicInteger left, long everyNanos) throws InterruptedException, TimeoutException {
        long next = System.nanoTime();
        while (left.getAndDecrement() > 0) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000)); // the pace of arrivals, not a wait for state
            }
            next += everyNanos;
            String zone = ZONES.get(random.nextInt(ZONES.size()));
            JsonNode r = ok(Op.ISSUE.wire(), HallClient.args("zone", zone, "green", random.nextInt(20) == 0));
            if (r != null) {
                JsonNode t = r.path("ticket");
                ledger.issued(t.path("day").asText(), t.path("number").asText());
            }
        }
    }
}
