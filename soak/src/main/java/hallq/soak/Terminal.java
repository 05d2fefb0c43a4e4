package hallq.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.client.HallClient;
import hallq.protocol.client.ServerAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One simulated terminal on the terminals' own client: hello on every connection, reconnect with backoff and jitter,
 * unanswered requests re-sent with their ids. Subclasses say what they do with the hello and the events.
 */
abstract class Terminal implements HallClient.Listener, AutoCloseable {
    /** Long enough for a kill -9 and a restart of the server (its reopen takes seconds). */
    static final long REPLY_WAIT_SEC = 90;

    final String device;
    final Ledger ledger;
    private HallClient client;

    Terminal(String device, Ledger ledger) {
        this.device = device;
        this.ledger = ledger;
    }

    void connect(URI server, String token, String... events) {
        client = new HallClient(ServerAddress.fixed(server), device, token, this);
        if (events.length > 0) {
            client.events(events);
        }
        client.start();
    }

    /** Sends an operation and waits for its reply (re-sent across reconnects by the client); ok or error. */
    JsonNode ask(String op, ObjectNode args) throws InterruptedException, TimeoutException {
        try {
            return client.request(op, args).get(REPLY_WAIT_SEC, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(device + " " + op + ": " + e.getCause());
        }
    }

    /** A reply that must be ok; anything else is written down as a problem and returned as null. */
    JsonNode ok(String op, ObjectNode args) throws InterruptedException, TimeoutException {
        JsonNode r = ask(op, args);
        if (!r.path("ok").asBoolean()) {
            ledger.problem(device + " " + op + " refused: " + r.path("error"));
            return null;
        }
        return r;
    }

    /** Cuts the connection as a network failure would; the client reconnects by itself. */
    void drop() {
        ledger.drops.incrementAndGet();
        client.dropConnection();
    }

    @Override
    public void event(JsonNode event) {
    }

    @Override
    public void disconnected(String why) {
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
