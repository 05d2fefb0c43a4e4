package hallq.server;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** What the tests of a {@link ChildServer} say to it: the test hall's file, a kiosk's ticket, a GET. */
final class ChildHall {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ChildHall() {
    }

    /** The test hall (test-hall.yaml: kiosk-1/k1-secret, pad-1..4, office/m-secret) written to {@code dir}. */
    static Path hallFile(Path dir) throws Exception {
        Path f = dir.resolve("hall.yaml");
        try (var in = ChildHall.class.getResourceAsStream("/test-hall.yaml")) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    /** A ticket of zone legal from kiosk-1, over HTTP. */
    static HttpResponse<String> issue(int port) throws Exception {
        return post(port, "/api/tickets", "k1-secret", "{\"zone\":\"legal\"}", null);
    }

    static HttpResponse<String> post(int port, String path, String token, String body, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON of a GET that answered 200, else null. */
    static JsonNode get(int port, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? Json.mapper().readTree(r.body()) : null;
    }
}
