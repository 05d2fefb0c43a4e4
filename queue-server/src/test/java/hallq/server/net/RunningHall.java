package hallq.server.net;

import hallq.protocol.hall.HallConfig;
import hallq.server.Main;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** A queue server on 127.0.0.1, on a free port, with its own data directory. */
final class RunningHall implements AutoCloseable {
    final HallServer server;
    final Path data;
    final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RunningHall(HallConfig hall) throws Exception {
        this(hall, Files.createTempDirectory("hallq-test"));
    }

    RunningHall(HallConfig hall, Path data) throws Exception {
        this(hall, data, HallServer.MAX_UNSENT);
    }

    RunningHall(HallConfig hall, Path data, int maxUnsent) throws Exception {
        this(hall, data, maxUnsent, 0);
    }

    /** On a given port: a restarted server where its terminals expect it. */
    RunningHall(HallConfig hall, Path data, int maxUnsent, int port) throws Exception {
        this(hall, data, NetLimits.defaults().withClientUnsentBytes(maxUnsent), port);
    }

    /** With these network limits (small ones, so that a test reaches them quickly). */
    RunningHall(HallConfig hall, NetLimits limits) throws Exception {
        this(hall, Files.createTempDirectory("hallq-test"), limits, 0);
    }

    RunningHall(HallConfig hall, Path data, NetLimits limits, int port) throws Exception {
        this.data = data;
        this.server = Main.start(hall, data, "127.0.0.1", port, Clock.systemUTC(), limits);
        this.port = server.address().getPort();
    }

    WsClient hello(String device, String token) {
        return WsClient.hello(port, device, token);
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
