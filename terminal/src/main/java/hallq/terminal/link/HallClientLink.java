package hallq.terminal.link;

import hallq.protocol.client.HallClient;
import hallq.protocol.client.ServerAddress;
import hallq.protocol.event.Event;
import hallq.protocol.event.EventKind;
import hallq.protocol.message.Replies.Welcome;
import hallq.protocol.message.Request;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The real link: protocol's {@link HallClient} (hello on every connection, backoff, re-send with the same id),
 * asking for the event kinds the terminal needs and handing every listener call to the terminal's own thread
 * (the JavaFX thread, or {@code Runnable::run} for the client's one thread).
 */
public final class HallClientLink implements HallLink {
    private final ServerAddress server;
    private final String device;
    private final String token;
    private final Executor listenerThread;
    private final String[] events;
    private long queueEveryMs;
    private volatile HallClient client;

    /** @param events the kinds to hear; none: every kind */
    public HallClientLink(ServerAddress server, String device, String token, Executor listenerThread,
                          EventKind... events) {
        this.server = server;
        this.device = device;
        this.token = token;
        this.listenerThread = listenerThread;
        this.events = Arrays.stream(events).map(EventKind::wire).toArray(String[]::new);
    }

    public HallClientLink(URI server, String device, String token, Executor listenerThread, EventKind... events) {
        this(ServerAddress.fixed(server), device, token, listenerThread, events);
    }

    /** A zone's {@code queue} event at most once in this many ms (a kiosk's waiting counts); before {@link #start}. */
    public HallClientLink queueEveryMs(long ms) {
        this.queueEveryMs = ms;
        return this;
    }

    @Override
    public void start(HallClient.HallListener listener) {
        if (client != null) {
            throw new IllegalStateException("already started");
        }
        HallClient c = new HallClient(server, device, token, new HallClient.HallListener() {
            @Override
            public void connected(Welcome welcome) {
                listenerThread.execute(() -> listener.connected(welcome));
            }

            @Override
            public void event(Event event) {
                listenerThread.execute(() -> listener.event(event));
            }

            @Override
            public void disconnected(String why) {
                listenerThread.execute(() -> listener.disconnected(why));
            }

            @Override
            public void searching(String hallId) {
                listenerThread.execute(() -> listener.searching(hallId));
            }
        });
        if (events.length > 0) {
            c.events(events);
        }
        if (queueEveryMs > 0) {
            c.queueEveryMs(queueEveryMs);
        }
        client = c.start();
    }

    @Override
    public <R> CompletableFuture<R> call(Request<R> request) {
        HallClient c = client;
        if (c == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("link not started"));
        }
        return c.call(request);
    }

    @Override
    public String serverBase() {
        HallClient c = client;
        URI u = c == null ? null : c.server();
        return u == null ? null : ServerAddress.httpBase(u);
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
