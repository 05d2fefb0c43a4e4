package hallq.server.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A test terminal over Java's own WebSocket client: sends requests, waits for replies and events by content. */
public final class WsClient implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final WebSocket ws;
    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final String prefix = Long.toHexString(System.nanoTime());

    private WsClient(URI uri) {
        this.ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(uri, new Listener()).join();
    }

    public static WsClient connect(int port) {
        return new WsClient(URI.create("ws://127.0.0.1:" + port + "/ws"));
    }

    /** Connects and says hello; fails the test when the hello is refused. */
    public static WsClient hello(int port, String device, String token) {
        WsClient c = connect(port);
        JsonNode r = c.request("hello", "device", device, "token", token);
        if (!r.path("ok").asBoolean()) {
            throw new AssertionError("hello refused: " + r);
        }
        return c;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    inbox.add(Json.mapper().readTree(partial.toString()));
                } catch (Exception e) {
                    inbox.add(Json.mapper().createObjectNode().put("unparsable", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }

    public String nextId() {
        return prefix + "-" + ids.incrementAndGet();
    }

    /** Sends {@code op} with key/value arguments and returns its reply. */
    public JsonNode request(String op, Object... kv) {
        return requestWithId(nextId(), op, kv);
    }

    public JsonNode requestWithId(String id, String op, Object... kv) {
        send(id, op, kv);
        return reply(id);
    }

    public void send(String id, String op, Object... kv) {
        ObjectNode req = Json.mapper().createObjectNode();
        req.put("id", id);
        req.put("op", op);
        for (int i = 0; i < kv.length; i += 2) {
            req.set((String) kv[i], Json.mapper().valueToTree(kv[i + 1]));
        }
        sendText(req.toString());
    }

    public void sendText(String text) {
        ws.sendText(text, true).join();
    }

    public JsonNode reply(String id) {
        return await(n -> n.has("re") && id.equals(n.get("re").asText(null)), "reply to " + id);
    }

    /** The next message (reply or event) matching {@code p}, in arrival order; earlier non-matching ones stay seen. */
    public JsonNode await(Predicate<JsonNode> p, String what) {
        synchronized (seen) {
            for (int i = 0; i < seen.size(); i++) {
                if (p.test(seen.get(i))) {
                    return seen.remove(i);
                }
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode n = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
                if (n == null) {
                    throw new AssertionError("timed out waiting for " + what + "; seen: " + seen);
                }
                if (p.test(n)) {
                    return n;
                }
                synchronized (seen) {
                    seen.add(n);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public JsonNode awaitEvent(String kind, Predicate<JsonNode> p) {
        return await(n -> kind.equals(n.path("event").asText()) && p.test(n), kind + " event");
    }

    /** True when no message matching {@code p} arrives within {@code d} (used after a later marker event). */
    public boolean noneSeen(Predicate<JsonNode> p) {
        synchronized (seen) {
            return seen.stream().noneMatch(p) && inbox.stream().noneMatch(p);
        }
    }

    public int awaitClose() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public void sendBinary(byte[] data) {
        ws.sendBinary(ByteBuffer.wrap(data), true).join();
    }

    /** Drops the connection without a close handshake, as a pad losing its network would. */
    public void abort() {
        ws.abort();
    }

    @Override
    public void close() {
        if (!ws.isOutputClosed()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        ws.abort();
    }
}
