package hallq.pad.support;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
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
import java.util.Comparator;
import java.util.stream.Stream;

/** The real queue server with the demo hall, in this JVM, on a free loopback port and a fresh data directory. */
public final class TestHall implements AutoCloseable {
    public static final String KIOSK_TOKEN = "demo-kiosk-1";
    public static final String MANAGER_TOKEN = "demo-manager";

    public final HallConfig hall;
    public final int port;
    private final Path data;
    private HallServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TestHall() throws Exception {
        this.hall = HallFile.demo();
        this.data = Files.createTempDirectory("hallq-pad-test");
        this.server = Main.start(hall, data, "127.0.0.1", 0, Clock.systemUTC());
        this.port = server.address().getPort();
    }

    /** Stops the server as a power cut would end it for the terminals: their links drop. */
    public void stop() {
        server.close();
        server = null;
    }

    /** Starts it again on the same port and the same data; terminals reconnect by themselves. */
    public void restart() throws Exception {
        server = Main.start(hall, data, "127.0.0.1", port, Clock.systemUTC());
    }

    public URI ws() {
        return ws(port);
    }

    private static URI ws(int port) {
        return URI.create("ws://127.0.0.1:" + port + "/ws");
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
        server.close();
        HallServer other = Main.start(hall, data, "127.0.0.1", 0, Clock.systemUTC());
        try {
            whileAway.run(ws(other.address().getPort()));
        } finally {
            other.close();
        }
        server = Main.start(hall, data, "127.0.0.1", port, Clock.systemUTC());
    }

    /** Issues a ticket at kiosk-1 and returns its number. */
    public String issue(String zone) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/tickets"))
                .header("Authorization", "Bearer " + KIOSK_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"zone\":\"" + zone + "\"}")));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("issue answered " + r.statusCode() + " " + r.body());
        }
        return Json.mapper().readTree(r.body()).path("ticket").path("number").asText();
    }

    /** Today's statistics (GET /api/stats with the manager's token). */
    public JsonNode statsToday() throws IOException, InterruptedException {
        String today = LocalDate.now(ZoneId.of(hall.hall().timezone())).toString();
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/stats?from=" + today + "&to=" + today))
                .header("Authorization", "Bearer " + MANAGER_TOKEN).GET());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("stats answered " + r.statusCode() + " " + r.body());
        }
        return Json.mapper().readTree(r.body());
    }

    public JsonNode snapshot() throws IOException, InterruptedException {
        return Json.mapper().readTree(send(HttpRequest.newBuilder(uri("/api/snapshot")).GET()).body());
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

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
