package hallq.testkit.hall;

import hallq.protocol.Op;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.Json;
import hallq.protocol.client.HallClient;
import hallq.protocol.hall.HallConfig;
import hallq.server.Main;
import hallq.server.hall.HallFile;
import hallq.server.net.HallServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real queue server with the demo hall, in this JVM, on a free loopback port and a fresh data directory; with
 * the few things a terminal's test does to the hall from outside: issue a ticket, work a window, read statistics.
 */
public final class TestHall implements AutoCloseable {
    public static final String KIOSK_TOKEN = "demo-kiosk-1";
    public static final String MANAGER_TOKEN = "demo-manager";

    public final HallConfig hall;
    public final int port;
    private final Path data;
    private HallServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<HallClient> pads = new ArrayList<>();

    public TestHall() throws Exception {
        this.hall = HallFile.demo();
        this.data = Files.createTempDirectory("hallq-testkit");
        this.server = start(0);
        this.port = server.address().getPort();
    }

    private HallServer start(int onPort) throws Exception {
        return Main.start(hall, data, "127.0.0.1", onPort, Clock.systemUTC());
    }

    /** Stops the server as a power cut would end it for the terminals: their links drop. */
    public void stop() {
        server.close();
        server = null;
    }

    /** Starts it again on the same port and the same data; terminals reconnect by themselves. */
    public void restart() throws Exception {
        server = start(port);
    }

    public URI ws() {
        return ws(port);
    }

    private static URI ws(int port) {
        return URI.create("ws://127.0.0.1:" + port + "/ws");
    }

    public URI http(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** What the test does with the hall while the terminals cannot reach it. */
    @FunctionalInterface
    public interface Away {
        void run(URI otherServer) throws Exception;
    }

    /**
     * Stops the server and runs it, with the same data, on another free port for {@code whileAway}: terminals
     * set up with the usual port cannot reach it, so they miss what happens. Then it starts again on the usual
     * port and they reconnect by themselves.
     */
    public void elsewhere(Away whileAway) throws Exception {
        stop();
        HallServer other = start(0);
        try {
            whileAway.run(ws(other.address().getPort()));
        } finally {
            other.close();
        }
        restart();
    }

    /** Issues a ticket at kiosk-1 and returns its number. */
    public String issue(String zone, boolean green) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(http("/api/tickets"))
                .header("Authorization", "Bearer " + KIOSK_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"zone\":\"" + zone + "\",\"green\":" + green + "}")));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("issue answered " + r.statusCode() + " " + r.body());
        }
        return Json.mapper().readTree(r.body()).path("ticket").path("number").asText();
    }

    public String issue(String zone) throws IOException, InterruptedException {
        return issue(zone, false);
    }

    /** Today's statistics (GET /api/stats with the manager's token). */
    public JsonNode statsToday() throws IOException, InterruptedException {
        String today = LocalDate.now(ZoneId.of(hall.hall().timezone())).toString();
        HttpResponse<String> r = send(HttpRequest.newBuilder(http("/api/stats?from=" + today + "&to=" + today))
                .header("Authorization", "Bearer " + MANAGER_TOKEN).GET());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("stats answered " + r.statusCode() + " " + r.body());
        }
        return Json.mapper().readTree(r.body());
    }

    public JsonNode snapshot() throws IOException, InterruptedException {
        return Json.mapper().readTree(send(HttpRequest.newBuilder(http("/api/snapshot")).GET()).body());
    }

    /** One window as GET /api/snapshot shows it. */
    public JsonNode counter(String id) throws IOException, InterruptedException {
        for (JsonNode c : snapshot().path("counters")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no counter " + id + " in the snapshot");
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The pad of a window, logged in with a clerk. */
    public Pad pad(String counter, String clerk, String pin) throws Exception {
        return pad(ws(), counter, clerk, pin);
    }

    /** The pad of a window on the server at {@code server}, logged in with a clerk. */
    public Pad pad(URI server, String counter, String clerk, String pin) throws Exception {
        HallClient c = new HallClient(server, "pad-" + counter, "demo-pad-" + counter, HallClient.Listener.quiet())
                .events("counter").start();
        pads.add(c);
        Pad p = new Pad(c);
        p.ok(Op.LOGIN.wire(), HallClient.args("clerk", clerk, "pin", pin));
        return p;
    }

    /** A counter pad that answers with the reply or throws on an error. */
    public record Pad(HallClient client) {
        public JsonNode ok(String op, ObjectNode args) throws Exception {
            JsonNode r = client.request(op, args).get(10, TimeUnit.SECONDS);
            if (!r.path("ok").asBoolean()) {
                throw new IllegalStateException(op + " answered " + r);
            }
            return r;
        }

        /** call-next and the number called. */
        public String callNext() throws Exception {
            return ok(Op.CALL_NEXT.wire(), null).path("ticket").path("number").asText();
        }

        public String recall() throws Exception {
            return ok(Op.RECALL.wire(), null).path("ticket").path("number").asText();
        }

        public void finish() throws Exception {
            ok(Op.FINISH.wire(), HallClient.args("outcome", "done"));
        }

        public void start() throws Exception {
            ok(Op.START.wire(), null);
        }

        public void pause() throws Exception {
            ok(Op.PAUSE.wire(), null);
        }

        public void resume() throws Exception {
            ok(Op.RESUME.wire(), null);
        }
    }

    @Override
    public void close() throws IOException {
        pads.forEach(HallClient::close);
        if (server != null) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
