package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.queue.Halls;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Protocol section 5 over a real socket on 127.0.0.1. */
class HttpApiTest {
    private RunningHall hall;
    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @BeforeEach
    void start() throws Exception {
        hall = new RunningHall(Halls.test());
    }

    @AfterEach
    void stop() {
        hall.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    @Test
    void healthzAnswersWithTheSeq() throws Exception {
        HttpResponse<String> r = hall.get("/healthz", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("status").asText()).isEqualTo("ok");
        long before = json(r).path("seq").asLong();
        hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}");
        assertThat(json(hall.get("/healthz", null)).path("seq").asLong()).isGreaterThan(before);
    }

    @Test
    void aKioskIssuesOverHttpWith201() throws Exception {
        HttpResponse<String> r = hall.post("/api/tickets", "k1-secret", "{\"zone\":\"natural\",\"green\":true}");
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode t = json(r).path("ticket");
        assertThat(t.path("number").asText()).isEqualTo("VB001");
        assertThat(t.path("green").asBoolean()).isTrue();
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
    }

    @Test
    void issueErrorsHaveTheirStatusAndAnErrorBody() throws Exception {
        assertThat(hall.post("/api/tickets", null, "{\"zone\":\"legal\"}").statusCode()).isEqualTo(401);
        assertThat(hall.post("/api/tickets", "wrong-token", "{\"zone\":\"legal\"}").statusCode()).isEqualTo(401);
        assertThat(hall.post("/api/tickets", "d1-secret", "{\"zone\":\"legal\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = hall.post("/api/tickets", "k1-secret", "{\"zone\":\"moon\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("error").path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(hall.post("/api/tickets", "k1-secret", "{zone").statusCode()).isEqualTo(400);
        assertThat(hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\",\"idCard\":\"123\"}").statusCode())
                .isEqualTo(400);
        for (int i = 0; i < 5; i++) {
            assertThat(hall.post("/api/tickets", "k1-secret", "{\"zone\":\"estate\"}").statusCode()).isEqualTo(201);
        }
        HttpResponse<String> capped = hall.post("/api/tickets", "k1-secret", "{\"zone\":\"estate\"}");
        assertThat(capped.statusCode()).isEqualTo(409);
        assertThat(json(capped).path("error").path("code").asText()).isEqualTo("CLOSED");
        assertThat(json(hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}")).path("ticket")
                .path("number").asText()).as("none of the refused ones took a number").isEqualTo("A001");
    }

    @Test
    void anIdempotencyKeyMakesARetriedPostIssueOnce() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + hall.port + "/api/tickets"))
                .header("Authorization", "Bearer k1-secret").header("Idempotency-Key", "print-77")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"zone\":\"legal\"}")).build();
        HttpResponse<String> first = client.send(req, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> again = client.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(json(hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}")).path("ticket")
                .path("number").asText()).isEqualTo("A002");
    }

    @Test
    void kioskIssueIsRateLimited() throws Exception {
        RunningHall slow = new RunningHall(Halls.test("kioskRate: 1000", "kioskRate: 2"));
        try {
            assertThat(slow.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}").statusCode()).isEqualTo(201);
            assertThat(slow.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}").statusCode()).isEqualTo(201);
            HttpResponse<String> third = slow.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}");
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(json(third).path("error").path("code").asText()).isEqualTo("RATE_LIMITED");
        } finally {
            slow.close();
        }
    }

    @Test
    void aTicketsPublicStatusByNumberAndDay() throws Exception {
        hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}");
        hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}");
        HttpResponse<String> r = hall.get("/api/tickets/A002?day=" + today, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("ticket").path("ahead").asInt()).isEqualTo(1);
        assertThat(r.body()).doesNotContain("idHash").doesNotContain("kiosk-1");
        assertThat(hall.get("/api/tickets/A002", null).statusCode()).as("day defaults to today").isEqualTo(200);
        assertThat(hall.get("/api/tickets/A009?day=" + today, null).statusCode()).isEqualTo(404);
        assertThat(hall.get("/api/tickets/A001?day=2020-01-01", null).statusCode()).isEqualTo(404);
        assertThat(hall.get("/api/tickets/A001?day=yesterday", null).statusCode()).isEqualTo(400);
    }

    @Test
    void withoutItsKeyATicketShowsOnlyItsPlaceAndWithItTheWholeTicket() throws Exception {
        JsonNode issued = json(hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}"));
        String key = issued.path("key").asText();
        assertThat(key).matches("[A-Za-z0-9_-]{16,}");
        WsClient display = hall.hello("board-1", "d1-secret");
        WsClient pad = hall.hello("pad-1", "p1-secret");
        pad.request("login", "clerk", "1001", "pin", "4821");
        pad.request("call-next");
        pad.request("start");
        pad.request("finish", "outcome", "rejected");
        display.awaitEvent("ticket", e -> e.path("change").asText().equals("done"));

        JsonNode open = json(hall.get("/api/tickets/A001?day=" + today, null)).path("ticket");
        assertThat(open.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("number", "zone", "state", "ahead", "estimatedWaitSec");
        assertThat(open.path("state").asText()).isEqualTo("done");
        JsonNode whole = json(hall.get("/api/tickets/A001?day=" + today + "&k=" + key, null)).path("ticket");
        assertThat(whole.path("outcome").asText()).isEqualTo("rejected");
        assertThat(whole.path("counter").asText()).isEqualTo("1");
        HttpResponse<String> wrong = hall.get("/api/tickets/A001?day=" + today + "&k=" + "x".repeat(22), null);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(json(wrong).path("error").path("reason").asText()).isEqualTo("BAD_KEY");
        // never in events or snapshots
        JsonNode hello = hall.hello("board-1", "d1-secret").request("snapshot");
        assertThat(hello.toString() + display.toString()).doesNotContain(key);
        assertThat(display.noneSeen(n -> n.toString().contains(key))).isTrue();
        assertThat(hall.get("/api/snapshot", null).body()).doesNotContain(key);
    }

    @Test
    void aTicketsKeyIsKeptAcrossARestart() throws Exception {
        String key = json(hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}")).path("key").asText();
        hall.close();
        hall = new RunningHall(Halls.test(), hall.data);
        assertThat(hall.get("/api/tickets/A001?day=" + today + "&k=" + key, null).statusCode()).isEqualTo(200);
        assertThat(hall.get("/api/tickets/A001?day=" + today + "&k=" + key.substring(1), null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theAnonymousSnapshotNamesNoClerk() throws Exception {
        WsClient pad = hall.hello("pad-1", "p1-secret");
        pad.request("login", "clerk", "1001", "pin", "4821");
        assertThat(hall.get("/api/snapshot", null).body()).doesNotContain("1001").doesNotContain("张三");
        JsonNode seen = hall.hello("board-1", "d1-secret").request("snapshot");
        assertThat(seen.path("snapshot").path("counters").get(0).path("clerk").path("name").asText())
                .as("a display of the hall still shows who serves").isEqualTo("张三");
    }

    @Test
    void snapshotIsPublic() throws Exception {
        hall.post("/api/tickets", "k1-secret", "{\"zone\":\"estate\"}");
        JsonNode s = json(hall.get("/api/snapshot", null));
        assertThat(s.path("zones").get(2).path("waiting").asInt()).isEqualTo(1);
        assertThat(s.path("counters")).hasSize(4);
        assertThat(s.path("recentCalls").isArray()).isTrue();
    }

    @Test
    void statsAndCsvAreForTheManagerOnly() throws Exception {
        hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}");
        String q = "?from=" + today + "&to=" + today;
        assertThat(hall.get("/api/stats" + q, null).statusCode()).isEqualTo(401);
        assertThat(hall.get("/api/stats" + q, "k1-secret").statusCode()).isEqualTo(403);
        HttpResponse<String> stats = hall.get("/api/stats" + q, "m-secret");
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(json(stats).path("totals").path("issued").asInt()).isEqualTo(1);
        assertThat(hall.get("/api/stats?from=" + today, "m-secret").statusCode()).isEqualTo(400);
        HttpResponse<String> csv = hall.get("/api/stats.csv" + q, "m-secret");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.body().lines().count()).isEqualTo(2);
        assertThat(hall.get("/api/stats.csv" + q, "d1-secret").statusCode()).isEqualTo(403);
    }

    @Test
    void pagesTheirFilesAndUnknownPaths() throws Exception {
        HttpResponse<String> dashboard = hall.get("/", null);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("大厅管理看板").contains("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(hall.get("/display", null).body()).contains("叫号");
        for (String file : new String[] {"app.js", "common.js", "i18n.js", "live.js", "history.js", "followups.js",
                "report.js", "dashboard.css"}) {
            HttpResponse<String> r = hall.get("/web/" + file, null);
            assertThat(r.statusCode()).as(file).isEqualTo(200);
            assertThat(r.headers().firstValue("content-type").orElse(""))
                    .startsWith(file.endsWith(".css") ? "text/css" : "text/javascript");
        }
        HttpResponse<String> charts = hall.get("/webjars/echarts/5.3.1/dist/echarts.min.js", null);
        assertThat(charts.statusCode()).isEqualTo(200);
        assertThat(charts.body()).contains("echarts");
        assertThat(charts.headers().firstValue("cache-control")).hasValue("public, max-age=86400");
        // nothing outside the page and WebJar folders
        for (String bad : new String[] {"/web/../hall/demo-hall.yaml", "/web/demo-hall.yaml", "/web/nothere.js",
                "/webjars/../../hallq/server/web/app.js", "/webjars/echarts/5.3.1/../../../logback.xml",
                "/webjars/echarts/5.3.1/package.json", "/web/index.HTML"}) {
            assertThat(hall.get(bad, null).statusCode()).as(bad).isEqualTo(404);
        }
        assertThat(hall.get("/nowhere", null).statusCode()).isEqualTo(404);
        assertThat(hall.post("/healthz", null, "{}").statusCode()).isEqualTo(405);
        assertThat(hall.post("/web/app.js", null, "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void healthzTellsTheHallsTimeAndDay() throws Exception {
        JsonNode h = json(hall.get("/healthz", null));
        assertThat(h.path("today").asText()).isEqualTo(today);
        assertThat(java.time.OffsetDateTime.parse(h.path("now").asText()).getOffset().getTotalSeconds())
                .isEqualTo(8 * 3600);
    }
}
