package hallq.pad.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.client.HallClient;
import hallq.protocol.client.ServerAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** The real link: {@link HallClient} (hello on every connect, backoff, re-send with the same id). */
public final class HallClientLink implements ServerLink {
    /** The pad follows its own counter, its zones' queues and no-show tickets; calls it does not need. */
    private static final String[] EVENTS = {"counter", "queue", "ticket"};

    private final ServerAddress server;
    private final String device;
    private final String token;
    private volatile HallClient client;

    public HallClientLink(URI server, String device, String token) {
        this(ServerAddress.fixed(server), device, token);
    }

    /** @param server a fixed address or the hall to find by mDNS */
    public HallClientLink(ServerAddress server, String device, String token) {
        this.server = server;
        this.device = device;
        this.token = token;
    }

    @Override
    public void open(HallClient.Listener listener) {
        if (client != null) {
            throw new IllegalStateException("already open");
        }
        client = new HallClient(server, device, token, listener).events(EVENTS).start();
    }

    @Override
    public CompletableFuture<JsonNode> request(String op, ObjectNode args) {
        HallClient c = client;
        if (c == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("link not open"));
        }
        return c.request(op, args);
    }

    /** Cuts the connection as a network failure would; the client reconnects by itself. For tests. */
    public void dropConnection() {
        HallClient c = client;
        if (c != null) {
            c.dropConnection();
        }
    }

    @Override
    public void close() {
        HallClient c = client;
        if (c != null) {
            c.close();
        }
    }
}
