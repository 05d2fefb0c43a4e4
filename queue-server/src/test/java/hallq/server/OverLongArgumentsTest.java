package hallq.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.net.WsClient;
import hallq.testkit.ChildServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every argument of contract section 7 one character over its limit, each refused with TOO_LONG without being echoed,
 * and after each a kill -9 and a restart on the same data: the hall always comes back (issue 15: a pause reason of 501
 * characters once made the server refuse to start). Texts at their limits are taken, kept and there after a restart.
 */
class OverLongArgumentsTest {
    private static final Duration START = Duration.ofSeconds(30);
    @TempDir
    Path dir;

    /** One over-long request: what it sends, as which device (null: no hello), and the text it must not echo. */
    private record Probe(String name, String device, String token, Map<String, Object> request, String over) {
    }

    private static String over(int limit) {
        return "長".repeat(limit + 1);
    }

    private static List<Probe> probes() {
        List<Probe> p = new ArrayList<>();
        p.add(new Probe("hello device", null, null,
                Map.of("id", "1", "op", "hello", "device", over(200), "token", "k1-secret"), over(200)));
        p.add(new Probe("hello token", null, null,
                Map.of("id", "1", "op", "hello", "device", "kiosk-1", "token", over(200)), over(200)));
        p.add(new Probe("id", "kiosk-1", "k1-secret", Map.of("id", over(200), "op", "issue", "zone", "legal"),
                over(200)));
        p.add(new Probe("op", "kiosk-1", "k1-secret", Map.of("id", "1", "op", over(64)), over(64)));
        p.add(new Probe("issue zone", "kiosk-1", "k1-secret", Map.of("id", "1", "op", "issue", "zone", over(64)),
                over(64)));
        p.add(new Probe("issue case", "kiosk-1", "k1-secret",
                Map.of("id", "1", "op", "issue", "zone", "legal", "case", over(64)), over(64)));
        p.add(new Probe("login clerk", "pad-1", "p1-secret",
                Map.of("id", "1", "op", "login", "clerk", over(64), "pin", "4821"), over(64)));
        p.add(new Probe("login pin", "pad-1", "p1-secret",
                Map.of("id", "1", "op", "login", "clerk", "1001", "pin", over(64)), over(64)));
        p.add(new Probe("requeue ticket", "pad-1", "p1-secret", Map.of("id", "1", "op", "requeue", "ticket", over(64)),
                over(64)));
        p.add(new Probe("transfer zone", "pad-1", "p1-secret", Map.of("id", "1", "op", "transfer", "zone", over(64)),
                over(64)));
        p.add(new Probe("pause reason", "pad-1", "p1-secret", Map.of("id", "1", "op", "pause", "reason", over(200)),
                over(200)));
        p.add(new Probe("rate ticket", "pad-1", "p1-secret",
                Map.of("id", "1", "op", "rate", "ticket", over(64), "level", 5), over(64)));
        p.add(new Probe("report fault", "pad-1", "p1-secret", Map.of("id", "1", "op", "report", "fault", over(200)),
                over(200)));
        p.add(new Probe("report message", "pad-1", "p1-secret",
                Map.of("id", "1", "op", "report", "fault", "PAPER_OUT", "message", over(200)), over(200)));
        return p;
    }

    private ChildServer start(Path hall) throws Exception {
        return ChildHall.server(dir, "--config", hall.toString(), "--data", dir.resolve("data").toString(),
                "--bind", "127.0.0.1", "--port", "0");
    }

    private static HttpResponse<String> post(int port, String path, String token, String body, String key)
            throws Exception {
        return ChildHall.post(port, path, token, body, key);
    }

    /** A GET that must answer 200. */
    private static JsonNode get(int port, String path, String token) throws Exception {
        JsonNode answer = ChildHall.get(port, path, token);
        assertThat(answer).as("GET " + path).isNotNull();
        return answer;
    }

    private static void assertTooLong(String what, String answer, String over) throws Exception {
        JsonNode error = Json.mapper().readTree(answer).path("error");
        assertThat(error.path("code").asText()).as(what + ": " + answer).isEqualTo("BAD_REQUEST");
        assertThat(error.path("reason").asText()).as(what + ": " + answer).isEqualTo("TOO_LONG");
        assertThat(answer).as(what + ": nothing of the input echoed").doesNotContain(over.substring(0, 3));
        assertThat(error.path("message").asText().length()).as(what).isLessThanOrEqualTo(100);
    }

    /** The over-long request's refusal as text. */
    private static String refusal(int port, Probe probe) throws Exception {
        try (WsClient c = probe.device() == null ? WsClient.connect(port)
                : WsClient.hello(port, probe.device(), probe.token())) {
            c.sendText(Json.mapper().writeValueAsString(probe.request()));
            return c.await(n -> n.has("ok"), probe.name()).toString();
        }
    }

    /** After a kill -9: the hall starts again on the same data and answers. */
    private ChildServer restarted(ChildServer killed, Path hall, String after) throws Exception {
        killed.kill9();
        ChildServer s = start(hall);
        try {
            int port = s.awaitPort(START);
            assertThat(get(port, "/healthz", null).path("status").asText()).as("back after " + after)
                    .isEqualTo("ok");
            return s;
        } catch (Exception | AssertionError e) {
            s.close(); // a server that did not come back is not left running
            throw e;
        }
    }

    @Test
    void everyOverLongArgumentIsRefusedAndTheHallComesBackAfterEach() throws Exception {
        Path hall = ChildHall.hallFile(dir);
        ChildServer server = start(hall);
        try {
            int port = server.awaitPort(START);
            // texts at their limits are taken and stored: a pause reason, a report
            try (WsClient pad = WsClient.hello(port, "pad-1", "p1-secret")) {
                assertThat(pad.request("login", "clerk", "1001", "pin", "4821").path("ok").asBoolean()).isTrue();
                assertThat(pad.request("pause", "reason", "因".repeat(200)).path("ok").asBoolean()).isTrue();
                assertThat(pad.request("report", "fault", "F".repeat(200), "message", "消".repeat(200))
                        .path("ok").asBoolean()).isTrue();
            }
            assertThat(post(port, "/api/tickets", "k1-secret", "{\"zone\":\"legal\"}", "k".repeat(200))
                    .statusCode()).isEqualTo(201);
            server = restarted(server, hall, "texts at their limits");
            for (Probe probe : probes()) {
                port = server.awaitPort(START);
                assertTooLong(probe.name(), refusal(port, probe), probe.over());
                server = restarted(server, hall, probe.name());
            }
            port = server.awaitPort(START);
            HttpResponse<String> zone = post(port, "/api/tickets", "k1-secret",
                    "{\"zone\":\"" + over(64) + "\"}", null);
            assertThat(zone.statusCode()).isEqualTo(400);
            assertTooLong("POST /api/tickets zone", zone.body(), over(64));
            HttpResponse<String> key = post(port, "/api/tickets", "k1-secret", "{\"zone\":\"legal\"}",
                    "K".repeat(201)); // a header is ASCII
            assertThat(key.statusCode()).isEqualTo(400);
            assertTooLong("Idempotency-Key", key.body(), "K".repeat(201));
            server = restarted(server, hall, "over-long bodies");
            port = server.awaitPort(START);
            HttpResponse<String> note = post(port, "/api/followups/2026-12-03/A001", "m-secret",
                    "{\"note\":\"" + over(1000) + "\"}", null);
            assertThat(note.statusCode()).isEqualTo(400);
            assertTooLong("follow-up note", note.body(), over(1000));
            server = restarted(server, hall, "an over-long note");
            port = server.awaitPort(START);

            JsonNode counter = get(port, "/api/snapshot", null).path("counters").get(0);
            assertThat(counter.path("state").asText()).as("the pause of 200 characters is still there")
                    .isEqualTo("paused");
            assertThat(get(port, "/api/snapshot", null).path("zones").get(0).path("waiting").asInt())
                    .as("only the ticket taken, none of the refused").isEqualTo(1);
        } finally {
            server.close();
        }
    }
}
