package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.queue.Halls;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 差评 follow-up list and recording a follow-up over HTTP on 127.0.0.1: what the list holds, a note that is
 * there after a restart, and a clear error for every wrong request.
 */
class FollowUpApiTest {
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

    private static void ok(JsonNode reply) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isTrue();
    }

    /** Window 1's pad with 张三 logged in. */
    private WsClient window1() {
        WsClient pad = hall.hello("pad-1", "p1-secret");
        ok(pad.request("login", "clerk", "1001", "pin", "4821"));
        return pad;
    }

    /** Serves, finishes and rates one ticket at window 1; returns its number. */
    private String servedAndRated(WsClient pad, int level) throws Exception {
        String number = json(hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}"))
                .path("ticket").path("number").asText();
        ok(pad.request("call-next"));
        ok(pad.request("finish", "outcome", "done"));
        ok(pad.request("rate", "ticket", number, "level", level));
        return number;
    }

    private String period() {
        return "?from=" + today + "&to=" + today;
    }

    private String note(String text) {
        return Json.mapper().createObjectNode().put("note", text).toString();
    }

    @Test
    void onlyRatingsOfOneAndTwoAreListedWithTicketWindowClerkAndTime() throws Exception {
        try (WsClient pad = window1()) {
            String bad = servedAndRated(pad, 1);
            servedAndRated(pad, 5);
            String poor = servedAndRated(pad, 2);
            servedAndRated(pad, 3);

            HttpResponse<String> r = hall.get("/api/followups" + period(), "m-secret");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode list = json(r).path("badRatings");
            assertThat(list).hasSize(2);
            assertThat(list.get(0).path("id").asText()).isEqualTo(today + "/" + bad);
            assertThat(list.get(0).path("level").asInt()).isEqualTo(1);
            assertThat(list.get(0).path("counter").asText()).isEqualTo("1");
            assertThat(list.get(0).path("counterName").asText()).isEqualTo("1号窗口");
            assertThat(list.get(0).path("clerkName").asText()).isEqualTo("张三");
            assertThat(list.get(0).path("ratedAt").asText()).startsWith(today + "T");
            assertThat(list.get(0).path("followUp").isNull()).isTrue();
            assertThat(list.get(1).path("number").asText()).isEqualTo(poor);
            // the same list is in /api/stats
            assertThat(json(hall.get("/api/stats" + period(), "m-secret")).path("badRatings")).hasSize(2);
        }
    }

    @Test
    void aFollowUpIsStoredAndStillThereAfterARestart() throws Exception {
        String bad;
        try (WsClient pad = window1()) {
            bad = servedAndRated(pad, 2);
        }
        HttpResponse<String> r = hall.post("/api/followups/" + today + "/" + bad, "m-secret",
                note("  已电话回访，材料清单已更新  "));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).path("followUp").path("note").asText()).isEqualTo("已电话回访，材料清单已更新");
        assertThat(json(r).path("followUp").path("by").asText()).isEqualTo("office");

        Path data = hall.data;
        hall.close();
        hall = new RunningHall(Halls.test(), data);
        JsonNode f = json(hall.get("/api/followups" + period(), "m-secret")).path("badRatings").get(0).path("followUp");
        assertThat(f.path("note").asText()).isEqualTo("已电话回访，材料清单已更新");
        assertThat(f.path("at").asText()).startsWith(today + "T");

        // recording again replaces the note
        assertThat(hall.post("/api/followups/" + today + "/" + bad, "m-secret", note("整改完成")).statusCode())
                .isEqualTo(200);
        assertThat(json(hall.get("/api/followups" + period(), "m-secret")).path("badRatings").get(0)
                .path("followUp").path("note").asText()).isEqualTo("整改完成");
    }

    @Test
    void wrongRequestsGetClearErrors() throws Exception {
        String good;
        try (WsClient pad = window1()) {
            good = servedAndRated(pad, 4);
        }
        String path = "/api/followups/" + today + "/";
        assertError(hall.post(path + "A999", "m-secret", note("x")), 404, "NOT_FOUND",
                "no bad rating (level 1-2) with id " + today + "/A999");
        assertError(hall.post(path + good, "m-secret", note("x")), 404, "NOT_FOUND", "no bad rating");
        assertError(hall.post(path + good, "m-secret", note("   ")), 400, "BAD_REQUEST", "'note'");
        assertError(hall.post(path + good, "m-secret", "{}"), 400, "BAD_REQUEST", "'note'");
        assertError(hall.post(path + good, "m-secret", "{note"), 400, "BAD_REQUEST", "not JSON");
        assertError(hall.post(path + good, "m-secret", note("x".repeat(1001))), 400, "BAD_REQUEST", "longer than 1000");
        assertError(hall.post("/api/followups/2026-13-01/A001", "m-secret", note("x")), 400, "BAD_REQUEST",
                "YYYY-MM-DD/NUMBER");
        assertError(hall.post(path + good, "wrong", note("x")), 401, "UNAUTHORIZED", "unknown token");
        assertError(hall.post(path + good, null, note("x")), 401, "UNAUTHORIZED", "Bearer");
        assertError(hall.post(path + good, "p1-secret", note("x")), 403, "FORBIDDEN", "manager");
        assertError(hall.get("/api/followups" + period(), "d1-secret"), 403, "FORBIDDEN", "manager");
        assertError(hall.get("/api/followups?from=" + today, "m-secret"), 400, "BAD_REQUEST", "'to'");
        assertError(hall.get("/api/followups?from=2026-11-30&to=2026-11-01", "m-secret"), 400, "BAD_REQUEST",
                "'to' is before 'from'");
        assertError(hall.get("/api/followups?from=2026-11-31&to=2026-12-01", "m-secret"), 400, "BAD_REQUEST",
                "YYYY-MM-DD");
        assertError(hall.get(path + good, "m-secret"), 405, "BAD_REQUEST", "not allowed");
    }

    private static void assertError(HttpResponse<String> r, int status, String code, String message) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode e = json(r).path("error");
        assertThat(e.path("code").asText()).isEqualTo(code);
        assertThat(e.path("message").asText()).contains(message);
    }
}
