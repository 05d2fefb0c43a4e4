package hallq.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.kiosk.flow.HallLink;
import hallq.protocol.client.HallClient;
import hallq.protocol.client.ServerAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The real link: the protocol module's {@link HallClient}, asking for {@code queue} events only. */
public final class HallClientLink implements HallLink {
    /** Waiting counts a kiosk shows may be half a second old: in a rush it hears of two a zone a second, not dozens. */
    private static final long QUEUE_EVERY_MS = 500;
    private final ServerAddress server;
    private final String device;
    private final String token;
    private final Executor modelThread;
    private HallClient client;

    /** @param modelThread where listener calls are handed to (the JavaFX thread) */
    public HallClientLink(URI server, String device, String token, Executor modelThread) {
        this(ServerAddress.fixed(server), device, token, modelThread);
    }

    /** @param server a fixed address or the hall to find by mDNS */
    public HallClientLink(ServerAddress server, String device, String token, Executor modelThread) {
        this.server = server;
        this.device = device;
        this.token = token;
        this.modelThread = modelThread;
    }

    @Override
    public void start(Listener listener) {
        client = new HallClient(server, device, token, new HallClient.Listener() {
            @Override
            public void connected(JsonNode hello) {
                modelThread.execute(() -> listener.connected(hello));
            }

            @Override
            public void event(JsonNode event) {
                modelThread.execute(() -> listener.event(event));
            }

            @Override
            public void disconnected(String why) {
                modelThread.execute(() -> listener.disconnected(why));
            }

            @Override
            public void searching(String hallId) {
                modelThread.execute(() -> listener.searching(hallId));
            }
        }).events("queue").queueEveryMs(QUEUE_EVERY_MS).start();
    }

    @Override
    public String serverBase() {
        HallClient c = client;
        URI u = c == null ? null : c.server();
        return u == null ? null : ServerAddress.httpBase(u);
    }

    @Override
    public CompletableFuture<JsonNode> request(String op, ObjectNode args) {
        return client.request(op, args);
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
