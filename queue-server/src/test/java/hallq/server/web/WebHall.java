package hallq.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.Json;
import hallq.protocol.hall.HallConfig;
import hallq.server.Main;
import hallq.server.hall.HallFile;
import hallq.server.net.HallServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/** A hall (the bundled demo unless given) served on 127.0.0.1, a free port, from a data directory of its own, removed on close. */
final class WebHall implements AutoCloseable {
    static final String KIOSK = "demo-kiosk-1";

    final int port;
    private final Path data;
    private final HallServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    WebHall(Clock clock) throws Exception {
        this(HallFile.demo(), clock);
    }

    WebHall(HallConfig hall, Clock clock) throws Exception {
        data = Files.createTempDirectory("hallq-web");
        server = Main.start(hall, data, "127.0.0.1", 0, clock);
        port = server.address().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A ticket from the demo kiosk over HTTP; its number. */
    String issue(String zone, boolean green) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/tickets")))
                .header("Authorization", "Bearer " + KIOSK)
                .POST(HttpRequest.BodyPublishers.ofString("{\"zone\":\"" + zone + "\",\"green\":" + green + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Json.mapper().readTree(r.body()).path("ticket").path("number").asText();
    }

    /** GET with a bearer token. */
    HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        server.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
