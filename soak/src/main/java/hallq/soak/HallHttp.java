package hallq.soak;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The server's HTTP side, for the final checks: the public snapshot and the manager's statistics. */
final class HallHttp {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String managerToken;

    HallHttp(int port, String managerToken) {
        this.base = "http://127.0.0.1:" + port;
        this.managerToken = managerToken;
    }

    JsonNode snapshot() throws IOException, InterruptedException {
        return Json.mapper().readTree(get("/api/snapshot", false));
    }

    JsonNode stats(String from, String to) throws IOException, InterruptedException {
        return Json.mapper().readTree(get("/api/stats?from=" + from + "&to=" + to, true));
    }

    String csv(String from, String to) throws IOException, InterruptedException {
        return get("/api/stats.csv?from=" + from + "&to=" + to, true);
    }

    private String get(String path, boolean manager) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (manager) {
            b.header("Authorization", "Bearer " + managerToken);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
