package hallq.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.testkit.ChildServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server in a child JVM, killed with kill -9 while kiosks issue tickets, then started again on its data. */
class CrashTest {
    private static final Duration START = Duration.ofSeconds(30);
    @TempDir
    Path dir;

    private Path hallFile() throws Exception {
        return ChildHall.hallFile(dir);
    }

    private static HttpResponse<String> issue(int port) throws Exception {
        return ChildHall.issue(port);
    }

    private static JsonNode get(int port, String path, String token) throws Exception {
        return ChildHall.get(port, path, token);
    }

    private static int serial(String number) {
        return Integer.parseInt(number.replaceAll("\\D", ""));
    }

    @Test
    void everyAcknowledgedTicketSurvivesKill9AndNumberingAndSeqGoOn() throws Exception {
        Path hall = hallFile();
        Path data = dir.resolve("data");
        String[] args = {"--config", hall.toString(), "--data", data.toString(), "--port", "0", "--bind", "127.0.0.1"};
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        long seqBeforeKill;
        try (ChildServer first = ChildHall.server(dir, args)) {
            int port = first.awaitPort(START);
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch enough = new CountDownLatch(300);
            List<Thread> kiosks = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            HttpResponse<String> r = issue(port);
                            if (r.statusCode() == 201) {
                                acknowledged.add(Json.mapper().readTree(r.body()).path("ticket").path("number").asText());
                                enough.countDown();
                            }
                        } catch (Exception e) {
                            return; // the server died under us: this request was never acknowledged
                        }
                    }
                });
                t.start();
                kiosks.add(t);
            }
            assertThat(enough.await(60, TimeUnit.SECONDS)).as("300 tickets issued").isTrue();
            seqBeforeKill = get(port, "/healthz", null).path("seq").asLong();
            first.kill9(); // while the kiosks are still issuing
            stop.set(true);
            for (Thread t : kiosks) {
                t.join(10_000);
            }
        }
        try (ChildServer second = ChildHall.server(dir, args)) {
            int port = second.awaitPort(START);
            for (String number : acknowledged) {
                JsonNode t = get(port, "/api/tickets/" + number, null);
                assertThat(t).as("acknowledged ticket %s after kill -9", number).isNotNull();
                assertThat(t.path("ticket").path("state").asText()).isEqualTo("waiting");
            }
            int maxAcked = acknowledged.stream().mapToInt(CrashTest::serial).max().orElseThrow();
            String next = Json.mapper().readTree(issue(port).body()).path("ticket").path("number").asText();
            assertThat(serial(next)).as("numbering goes on").isGreaterThan(maxAcked);
            JsonNode snapshot = get(port, "/api/snapshot", null);
            assertThat(snapshot.path("zones").get(0).path("waiting").asInt()).isGreaterThanOrEqualTo(acknowledged.size() + 1);
            long seqAfter = get(port, "/healthz", null).path("seq").asLong();
            assertThat(seqAfter).as("seq never goes back").isGreaterThan(seqBeforeKill);
        }
    }

    @Test
    void sigtermStopsCleanlyWithExitZeroAndTheNextStartFindsEverything() throws Exception {
        Path hall = hallFile();
        Path data = dir.resolve("data2");
        String[] args = {"--config", hall.toString(), "--data", data.toString(), "--port", "0", "--bind", "127.0.0.1"};
        String number;
        try (ChildServer server = ChildHall.server(dir, args)) {
            int port = server.awaitPort(START);
            number = Json.mapper().readTree(issue(port).body()).path("ticket").path("number").asText();
            server.jvm().terminate(); // SIGTERM
            assertThat(server.jvm().awaitExit(Duration.ofSeconds(20))).isZero();
        }
        try (ChildServer again = ChildHall.server(dir, args)) {
            int port = again.awaitPort(START);
            assertThat(get(port, "/api/tickets/" + number, null)).isNotNull();
        }
    }

    @Test
    void aBadHallFileExitsNonZeroWithOneLine() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(hallFile()).replace("zones: [legal] }", "zones: [legl] }"),
                StandardCharsets.UTF_8);
        try (ChildServer server = ChildHall.server(dir, "--config", bad.toString(), "--data",
                dir.resolve("d3").toString(), "--port", "0")) {
            assertThat(server.jvm().awaitExit(Duration.ofSeconds(20))).isNotZero();
            assertThat(server.jvm().stderr()).hasSize(1);
            assertThat(server.jvm().stderr().get(0)).contains("counter '1' names unknown zone 'legl'");
            assertThat(server.port()).isCompletedExceptionally();
        }
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryIsRefused() throws Exception {
        String[] args = {"--config", hallFile().toString(), "--data", dir.resolve("d4").toString(), "--port", "0",
            "--bind", "127.0.0.1"};
        try (ChildServer first = ChildHall.server(dir, args)) {
            first.awaitPort(START);
            try (ChildServer second = ChildHall.server(dir, args)) {
                assertThat(second.jvm().awaitExit(Duration.ofSeconds(20))).isNotZero();
                assertThat(String.join("\n", second.jvm().stderr())).contains("in use by another HallQ server");
            }
        }
    }
}
