package hallq.server;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.testkit.ChildJvm;
import hallq.testkit.ChildServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The server in a child JVM for the tests here, and what they say to it: the test hall's file, a kiosk's ticket, a
 * GET.
 */
final class ChildHall {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ChildHall() {
    }

    /** The server with {@code args}, its log in a file of its own in {@code dir}; at once, not waiting for it. */
    static ChildServer server(Path dir, String... args) throws Exception {
        return server(dir, Main.class, args);
    }

    /** As above with a main class of its own, such as a test's that does something to the server it starts. */
    static ChildServer server(Path dir, Class<?> main, String... args) throws Exception {
        List<String> flags = new ArrayList<>(ChildServer.asDeployed("128m"));
        flags.add("-Dhallq.log.level=WARN");
        return ChildServer.spawn(ChildJvm.Command.classPath(main).jvm(flags), List.of(args),
                Files.createTempFile(dir, "server-", ".log"));
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
