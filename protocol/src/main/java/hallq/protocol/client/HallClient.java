package hallq.protocol.client;

import hallq.protocol.ErrorCode;
import hallq.protocol.Op;
import hallq.protocol.event.Event;
import hallq.protocol.message.Refused;
import hallq.protocol.message.Replies.Welcome;
import hallq.protocol.message.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.Json;
import hallq.protocol.discovery.HallFinder;
import hallq.protocol.discovery.LanAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A terminal's connection to the queue server (protocol section 4). It says hello on every connection,
 * reconnects by itself with backoff and jitter, and re-sends every unanswered request with its original id
 * after a reconnect, so the server's idempotency makes a retry safe: a pad that loses its network in the
 * middle of a {@code call-next} never skips or double-calls a ticket.
 *
 * <p>Listener calls come from one thread, in order: {@code connected} (with the hello reply: hall, snapshot,
 * seq), then events newer than that snapshot, and {@code disconnected} when the link drops.
 */
public final class HallClient implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HallClient.class);
    private static final Duration MIN_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    /** What the terminal hears from its server. */
    public interface Listener {
        void connected(JsonNode hello);

        void event(JsonNode event);

        void disconnected(String why);

        /**
         * No server address: looking for the hall by mDNS ({@code hallId}, or any hall when null). Said once when
         * a search begins; {@code connected} follows when the hall is found and says hello.
         */
        default void searching(String hallId) {
        }

        /** A listener that ignores everything: for a client used only to send requests (tests, tools). */
        static Listener quiet() {
            return new Listener() {
                @Override
                public void connected(JsonNode hello) {
                }

                @Override
                public void event(JsonNode event) {
                }

                @Override
                public void disconnected(String why) {
                }
            };
        }
    }

    /**
     * What the terminal hears, typed: the hello's {@link Welcome} and every {@link Event} (kinds this code does not
     * know yet come as {@link hallq.protocol.event.EventData.Unknown}). Calls come from the client's one thread, in
     * order, as for {@link Listener}. A hello reply or an event that is not the contract's shape is logged and
     * passed over (a hello then counts as refused, and the client tries again later).
     */
    public interface HallListener {
        void connected(Welcome welcome);

        void event(Event event);

        void disconnected(String why);

        default void searching(String hallId) {
        }
    }

    /** A hello reply that is not the contract's shape: the connection is given up and tried again later. */
    static final class NotUnderstood extends RuntimeException {
        NotUnderstood(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A {@link HallListener} heard through the raw {@link Listener}: each message read once, strictly. */
    static Listener typed(HallListener l) {
        return new Listener() {
            @Override
            public void connected(JsonNode hello) {
                Welcome w;
                try {
                    w = Json.strict(hello, Welcome.class);
                } catch (Json.Mismatch e) {
                    throw new NotUnderstood("the hall's hello reply is not understood: " + e.getMessage(), e);
                }
                l.connected(w);
            }

            @Override
            public void event(JsonNode event) {
                Event e;
                try {
                    e = Json.strict(event, Event.class);
                } catch (Json.Mismatch m) {
                    log.warn("an event passed over: {}", m.getMessage());
                    return;
                }
                l.event(e);
            }

            @Override
            public void disconnected(String why) {
                l.disconnected(why);
            }

            @Override
            public void searching(String hallId) {
                l.searching(hallId);
            }
        };
    }

    /** Finds a hall's WebSocket by mDNS; blocking, called off the client's loop. Replaceable for tests. */
    @FunctionalInterface
    public interface Lookup {
        URI find(String hallId, Duration timeout) throws Exception;

        Lookup MDNS = (hallId, timeout) -> HallFinder.find(LanAddress.pick(), hallId, timeout).uri();
    }

    private record Pending(String id, ObjectNode request, CompletableFuture<JsonNode> reply) {
    }

    private static final Duration SEARCH_ROUND = Duration.ofSeconds(15);
    /**
     * Requests that may wait for an answer at once, sent or waiting for the link; one more fails at once with
     * {@link Overflow}: a terminal pressed while its hall is away for long must hear so, not queue without end.
     */
    public static final int MAX_UNANSWERED = 256;
    /** How long a request waits for its answer unless told otherwise: longer than a restart of the hall. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** A request refused because {@link #MAX_UNANSWERED} wait already. */
    public static final class Overflow extends IllegalStateException {
        Overflow(String message) {
            super(message);
        }
    }
    /** Connection failures in a row after which a found address is forgotten and the hall looked for again. */
    private static final int FAILURES_BEFORE_SEARCH = 4;

    private final ServerAddress where;
    private final Lookup lookup;
    /** The server's WebSocket: fixed, or the one found last; null while it is being looked for. */
    private volatile URI uri;
    private boolean searching;
    private final ExecutorService searcher;
    private final String device;
    private final String token;
    private final Listener listener;
    private final HttpClient http;
    private final ScheduledExecutorService loop;
    private final String idPrefix;
    private final AtomicLong ids = new AtomicLong();
    /** Requests sent or waiting to be sent, by id, in order; only the loop thread touches it. */
    private final Map<String, Pending> unanswered = new LinkedHashMap<>();
    private WebSocket socket;
    private String helloId;
    private boolean ready;
    private long seq;
    private int failures;
    private volatile boolean closed;
    private volatile boolean connected;
    private volatile List<String> eventKinds;
    private volatile long queueEveryMs;
    private volatile Duration requestTimeout = REQUEST_TIMEOUT;
    private Duration pingEvery = Duration.ofSeconds(5);
    private Duration silentLimit = Duration.ofSeconds(15);
    /** When the server last said anything on the current connection (nanoTime). */
    private long lastHeard;

    public HallClient(URI server, String device, String token, Listener listener) {
        this(ServerAddress.fixed(server.getPath() == null || server.getPath().isEmpty() ? server.resolve("/ws") : server),
                device, token, listener, Lookup.MDNS);
    }

    /** A client for a fixed address, or one that finds its hall by mDNS first (and again when it moves). */
    public HallClient(ServerAddress where, String device, String token, Listener listener) {
        this(where, device, token, listener, Lookup.MDNS);
    }

    /** A client whose listener hears typed messages ({@link HallListener}). */
    public HallClient(ServerAddress where, String device, String token, HallListener listener) {
        this(where, device, token, typed(listener), Lookup.MDNS);
    }

    public HallClient(ServerAddress where, String device, String token, HallListener listener, Lookup lookup) {
        this(where, device, token, typed(listener), lookup);
    }

    public HallClient(ServerAddress where, String device, String token, Listener listener, Lookup lookup) {
        this.where = where;
        this.lookup = lookup;
        this.uri = where.fixed();
        this.searcher = where.discovered() ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hallq-search-" + device);
            t.setDaemon(true);
            return t;
        }) : null;
        this.device = device;
        this.token = token;
        this.listener = listener;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hallq-client-" + device);
            t.setDaemon(true);
            return t;
        });
        byte[] b = new byte[6];
        new SecureRandom().nextBytes(b);
        this.idPrefix = java.util.HexFormat.of().formatHex(b) + "-";
    }

    /**
     * Asks the server for these event kinds only (a kiosk needs just {@code queue}); call before {@link #start}.
     */
    public HallClient events(String... kinds) {
        this.eventKinds = List.of(kinds);
        return this;
    }

    /**
     * Asks for a zone's {@code queue} event at most once in this many milliseconds, the newest one (a kiosk shows
     * waiting counts, it need not hear of every ticket in a rush); call before {@link #start}.
     */
    public HallClient queueEveryMs(long ms) {
        this.queueEveryMs = ms;
        return this;
    }

    /**
     * A link can die without a close (a cable pulled between switch and server): the client pings when the server
     * has been quiet for {@code pingEvery} and treats the link as lost after {@code silentLimit} of silence, so
     * unanswered requests are re-sent on a new connection instead of waiting forever. Call before {@link #start}.
     */
    public HallClient heartbeat(Duration pingEvery, Duration silentLimit) {
        this.pingEvery = pingEvery;
        this.silentLimit = silentLimit;
        return this;
    }

    /** Starts connecting; returns at once. */
    public HallClient start() {
        loop.execute(this::connect);
        long tick = Math.max(50, pingEvery.toMillis() / 2);
        loop.scheduleWithFixedDelay(this::checkHeartbeat, tick, tick, TimeUnit.MILLISECONDS);
        return this;
    }

    private void checkHeartbeat() {
        WebSocket ws = socket;
        if (!ready || ws == null) {
            return;
        }
        long quiet = System.nanoTime() - lastHeard;
        if (quiet > silentLimit.toNanos()) {
            ws.abort();
            lost(ws, "no word from the server for " + silentLimit.toSeconds() + " s");
        } else if (quiet > pingEvery.toNanos()) {
            ObjectNode ping = Json.mapper().createObjectNode();
            ping.put("id", idPrefix + "ping-" + ids.incrementAndGet());
            ping.put("op", Op.PING.wire());
            send(ping);
        }
    }

    public boolean isConnected() {
        return connected;
    }

    /** The server's WebSocket address in use, or null while the hall is being looked for. */
    public URI server() {
        return uri;
    }

    /** How long each request waits for its answer ({@link #REQUEST_TIMEOUT} unless set); call before requests. */
    public HallClient requestTimeout(Duration timeout) {
        this.requestTimeout = timeout;
        return this;
    }

    /**
     * Sends a typed request (see {@link #request(String, ObjectNode)} for waiting, re-sending and timeouts): the
     * future completes with the {@code ok} reply's content, or fails with {@link Refused} carrying the server's
     * error, or with {@link Json.Mismatch} when the reply is not the contract's shape.
     */
    public <R> CompletableFuture<R> call(Request<R> request) {
        ObjectNode args = Json.mapper().valueToTree(request);
        return request(request.op(), args).thenCompose(reply -> {
            try {
                return CompletableFuture.completedFuture(replyOf(reply, request.replyType()));
            } catch (Refused | Json.Mismatch e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    /** The content of a reply to a request whose {@code ok} reply is an {@code R}, or its error as {@link Refused}. */
    public static <R> R replyOf(JsonNode reply, Class<R> type) throws Refused {
        if (!reply.path("ok").asBoolean(false)) {
            JsonNode e = reply.path("error");
            ErrorCode code;
            try {
                code = ErrorCode.valueOf(e.path("code").asText());
            } catch (IllegalArgumentException unknown) {
                code = ErrorCode.INTERNAL; // a code this side does not know yet: the hall could not do it
            }
            throw new Refused(code, e.path("reason").isTextual() ? e.path("reason").textValue() : null,
                    e.path("message").asText(""));
        }
        return Json.strict(reply, type);
    }

    /** {@link #request(String, ObjectNode)} of a contract op. */
    public CompletableFuture<JsonNode> request(Op op, ObjectNode args) {
        return request(op.wire(), args);
    }

    /**
     * Sends an operation; the future completes with the server's reply (ok or error). While the link is down the
     * request waits and is sent after the next hello, with the same id. It fails with a {@link TimeoutException}
     * when no answer came within {@link #requestTimeout} (it is then not sent again: the hall's events tell what
     * became of it), and at once with {@link Overflow} when {@link #MAX_UNANSWERED} wait already.
     */
    public CompletableFuture<JsonNode> request(String op, ObjectNode args) {
        ObjectNode req = Json.mapper().createObjectNode();
        String id = idPrefix + ids.incrementAndGet();
        req.put("id", id);
        req.put("op", op);
        if (args != null) {
            args.fields().forEachRemaining(e -> req.set(e.getKey(), e.getValue()));
        }
        Pending p = new Pending(id, req, new CompletableFuture<>());
        boolean taken = onLoop(() -> {
            if (closed) {
                p.reply.completeExceptionally(new IllegalStateException("client closed"));
                return;
            }
            if (unanswered.size() >= MAX_UNANSWERED) {
                p.reply.completeExceptionally(new Overflow(MAX_UNANSWERED + " requests wait for the hall already ("
                        + (ready ? "it answers slowly" : "it is not reachable") + "): '" + op + "' not sent"));
                return;
            }
            unanswered.put(id, p);
            Duration timeout = requestTimeout;
            loop.schedule(() -> {
                if (unanswered.remove(id, p)) {
                    p.reply.completeExceptionally(new TimeoutException("no answer to '" + op + "' in " + timeout));
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (ready) {
                send(req);
            }
        });
        if (!taken) {
            p.reply.completeExceptionally(new IllegalStateException("client closed"));
        }
        return p.reply;
    }

    public CompletableFuture<JsonNode> request(String op) {
        return request(op, null);
    }

    /** A convenience for building arguments: {@code args("zone", "legal", "green", true)}. */
    public static ObjectNode args(Object... kv) {
        ObjectNode n = Json.mapper().createObjectNode();
        for (int i = 0; i < kv.length; i += 2) {
            n.set((String) kv[i], Json.mapper().valueToTree(kv[i + 1]));
        }
        return n;
    }

    // ---- on the loop thread ------------------------------------------------------------------------------

    private void connect() {
        if (closed) {
            return;
        }
        URI target = uri;
        if (target == null) {
            search();
            return;
        }
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(target, new SocketListener())
                .whenCompleteAsync((ws, failure) -> {
                    if (failure != null) {
                        retryLater("cannot connect: " + rootMessage(failure));
                        return;
                    }
                    if (closed) {
                        ws.abort();
                        return;
                    }
                    socket = ws;
                    helloId = idPrefix + "hello-" + ids.incrementAndGet();
                    ObjectNode hello = Json.mapper().createObjectNode();
                    hello.put("id", helloId);
                    hello.put("op", Op.HELLO.wire());
                    hello.put("device", device);
                    hello.put("token", token);
                    if (eventKinds != null) {
                        eventKinds.forEach(hello.putArray("events")::add);
                    }
                    if (queueEveryMs > 0) {
                        hello.put("queueEveryMs", queueEveryMs);
                    }
                    send(hello);
                }, loop);
    }

    /** Looks for the hall off the loop (the lookup blocks); connects when found, else looks again. */
    private void search() {
        if (!searching) {
            searching = true;
            listener.searching(where.hallId());
        }
        searcher.execute(() -> {
            URI found = null;
            String why = null;
            try {
                found = lookup.find(where.hallId(), SEARCH_ROUND);
            } catch (Exception e) {
                why = rootMessage(e);
            }
            URI result = found;
            String failure = why;
            if (closed) {
                return;
            }
            onLoop(() -> {
                if (result != null) {
                    log.info("{}: found hall {} at {}", device, where.hallId() == null ? "" : where.hallId(), result);
                    uri = result;
                    failures = 0;
                    connect();
                } else if (!closed) {
                    log.debug("{}: no hall yet ({})", device, failure);
                    loop.schedule(this::connect, jitter(MIN_BACKOFF.toMillis() * 4), TimeUnit.MILLISECONDS);
                }
            });
        });
    }

    private static long jitter(long base) {
        return base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }

    private void retryLater(String why) {
        boolean wasConnected = connected || ready;
        connected = false;
        ready = false;
        socket = null;
        if (wasConnected || failures == 0) {
            listener.disconnected(why);
        }
        if (closed) {
            return;
        }
        long base = Math.min(MAX_BACKOFF.toMillis(), MIN_BACKOFF.toMillis() << Math.min(failures, 10));
        failures++;
        if (where.discovered() && failures >= FAILURES_BEFORE_SEARCH) {
            uri = null; // the hall may have moved (a new address by DHCP): look for it again
        }
        long delay = jitter(base); // jitter: no thundering herd
        log.debug("{}: {}; again in {} ms", device, why, delay);
        loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private void send(ObjectNode msg) {
        WebSocket ws = socket;
        if (ws == null) {
            return;
        }
        ws.sendText(msg.toString(), true).whenCompleteAsync((w, failure) -> {
            if (failure != null && ws == socket) {
                ws.abort();
                retryLater("send failed: " + rootMessage(failure));
            }
        }, loop);
    }

    private void received(WebSocket ws, String text) {
        if (ws != socket) {
            return;
        }
        lastHeard = System.nanoTime();
        JsonNode msg;
        try {
            msg = Json.mapper().readTree(text);
        } catch (Exception e) {
            log.warn("{}: unreadable message from the server", device);
            return;
        }
        if (msg.has("event")) {
            long s = msg.path("seq").asLong();
            if (ready && s > seq) {
                seq = s;
                listener.event(msg);
            }
            return;
        }
        String re = msg.path("re").asText(null);
        if (re != null && re.equals(helloId)) {
            hello(ws, msg);
            return;
        }
        Pending p = re == null ? null : unanswered.remove(re);
        if (p != null) {
            p.reply.complete(msg);
        }
    }

    private void hello(WebSocket ws, JsonNode reply) {
        if (!reply.path("ok").asBoolean()) {
            // a wrong token will not become right by retrying fast: back off like a lost link
            ws.abort();
            retryLater("hello refused: " + reply.path("error").path("message").asText());
            return;
        }
        failures = 0;
        searching = false;
        lastHeard = System.nanoTime();
        seq = reply.path("seq").asLong();
        ready = true;
        connected = true;
        try {
            listener.connected(reply);
        } catch (NotUnderstood e) {
            log.error("{}: {}", device, e.getMessage());
            ready = false;
            connected = false;
            ws.abort();
            retryLater(e.getMessage());
            return;
        }
        List<Pending> again = new ArrayList<>(unanswered.values());
        for (Pending p : again) {
            send(p.request); // same id: the server answers a repeat from its kept reply
        }
    }

    private void lost(WebSocket ws, String why) {
        if (ws == socket) {
            retryLater(why);
        }
    }

    private final class SocketListener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                onLoop(() -> received(ws, text));
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            onLoop(() -> lost(ws, "closed by the server (" + status + " " + reason + ")"));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            onLoop(() -> lost(ws, rootMessage(error)));
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * Hands {@code task} to the client's thread; false when the client is closed and its thread gone, so that a
     * request, a socket's last callback or a second close racing with {@link #close} is dropped instead of throwing
     * RejectedExecutionException at whoever called.
     */
    private boolean onLoop(Runnable task) {
        try {
            loop.execute(task);
            return true;
        } catch (java.util.concurrent.RejectedExecutionException e) {
            if (!closed) {
                throw e;
            }
            return false;
        }
    }

    /** Drops the current connection as a network failure would; the client reconnects by itself. For tests. */
    public void dropConnection() {
        loop.execute(() -> {
            WebSocket ws = socket;
            if (ws != null) {
                ws.abort();
                lost(ws, "dropped");
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        onLoop(() -> {
            WebSocket ws = socket;
            socket = null;
            connected = false;
            ready = false;
            if (ws != null) {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").whenComplete((w, e) -> ws.abort());
            }
            unanswered.values().forEach(p -> p.reply.completeExceptionally(new IllegalStateException("client closed")));
            unanswered.clear();
        });
        loop.shutdown();
        if (searcher != null) {
            searcher.shutdownNow();
        }
        try {
            loop.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
