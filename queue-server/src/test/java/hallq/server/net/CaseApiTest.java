package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.cases.HallCasesTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cases over HTTP and WebSocket on 127.0.0.1 (contract section 10): opened at a pad's finish, listed and changed by the
 * back office and the manager, picked up at the kiosk; wrong token, wrong zone and out-of-order changes refused.
 */
class CaseApiTest {
    private RunningHall hall;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void start() throws Exception {
        hall = new RunningHall(HallCasesTest.casesHall());
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

    /** A legal ticket served at window 3 and finished as {@code outcome}; the finish reply. */
    private JsonNode finishedAtWindow3(WsClient pad, String zone, Object... finish) throws Exception {
        assertThat(hall.post("/api/tickets", "k1-secret", "{\"zone\":\"" + zone + "\"}").statusCode()).isEqualTo(201);
        ok(pad.request("call-next"));
        ok(pad.request("start"));
        JsonNode r = pad.request("finish", finish);
        ok(r);
        return r;
    }

    @Test
    void acceptedAtThePadReadyInTheBackOfficePickedUpAtTheKioskAndCollected() throws Exception {
        WsClient pad = hall.hello("pad-3", "p3-secret");
        ok(pad.request("login", "clerk", "1003", "pin", "2648"));
        WsClient backOffice = hall.hello("bo", "bo-secret");
        String due = today.plusDays(10).toString();
        JsonNode finish = finishedAtWindow3(pad, "legal", "outcome", "accepted", "dueDate", due);
        JsonNode c = finish.path("case");
        String id = c.path("id").asText();
        assertThat(id).isEqualTo(today.toString().replace("-", "") + "-" + finish.path("ticket").path("number").asText());
        assertThat(c.path("key").asText()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(c.path("dueDate").asText()).isEqualTo(due);
        JsonNode opened = backOffice.awaitEvent("case", e -> e.path("change").asText().equals("opened"));
        assertThat(opened.path("case").path("id").asText()).isEqualTo(id);
        assertThat(opened.path("case").path("key").isNull()).as("no key in events").isTrue();

        // the list, for the back office and for the manager
        JsonNode list = json(hall.get("/api/cases?state=accepted", "bo-secret"));
        assertThat(list.path("cases")).hasSize(1);
        assertThat(json(hall.get("/api/cases", "m-secret")).path("cases")).hasSize(1);
        assertThat(json(hall.get("/api/cases", "bo-estate-secret")).path("cases")).as("another zone's").isEmpty();

        // not ready yet at the kiosk, in words
        HttpResponse<String> early = hall.post("/api/tickets", "k1-secret", "{\"case\":\"" + id + "\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json(early).path("error").path("reason").asText()).isEqualTo("NOT_READY");
        assertThat(json(early).path("error").path("message").asText()).contains("尚未办结").contains(due);

        // wrong token, wrong role, wrong zone, out of order: refused, nothing changed
        assertThat(hall.post("/api/cases/" + id + "/ready", "nope-secret", "").statusCode()).isEqualTo(401);
        assertThat(hall.post("/api/cases/" + id + "/ready", "k1-secret", "").statusCode()).isEqualTo(403);
        HttpResponse<String> zone = hall.post("/api/cases/" + id + "/ready", "bo-estate-secret", "");
        assertThat(zone.statusCode()).isEqualTo(403);
        assertThat(json(zone).path("error").path("reason").asText()).isEqualTo("ZONE");
        HttpResponse<String> mailedFirst = hall.post("/api/cases/" + id + "/mailed", "bo-secret",
                "{\"tracking\":\"EMS1\"}");
        assertThat(mailedFirst.statusCode()).isEqualTo(409);
        assertThat(json(mailedFirst).path("error").path("reason").asText()).isEqualTo("CASE_STATE");
        HttpResponse<String> noReason = hall.post("/api/cases/" + id + "/returned", "bo-secret", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).path("error").path("reason").asText()).isEqualTo("REASON_REQUIRED");
        assertThat(json(hall.get("/api/cases?state=accepted", "bo-secret")).path("cases")).hasSize(1);

        HttpResponse<String> ready = hall.post("/api/cases/" + id + "/ready", "bo-secret", "");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(json(ready).path("case").path("state").asText()).isEqualTo("ready");
        assertThat(hall.post("/api/cases/" + id + "/ready", "bo-secret", "").statusCode()).as("a second ready")
                .isEqualTo(409);

        // the receipt's QR: the key; the pickup ticket in the pickup zone, linked to the case
        HttpResponse<String> pickup = hall.post("/api/tickets", "k1-secret",
                "{\"case\":\"" + c.path("key").asText() + "\"}");
        assertThat(pickup.statusCode()).as(pickup.body()).isEqualTo(201);
        assertThat(json(pickup).path("ticket").path("zone").asText()).isEqualTo("pickup");
        assertThat(json(pickup).path("ticket").path("case").asText()).isEqualTo(id);
        WsClient pickupPad = hall.hello("pad-4", "p4-secret");
        ok(pickupPad.request("login", "clerk", "1004", "pin", "9152"));
        JsonNode called = pickupPad.request("call-next");
        assertThat(called.path("ticket").path("case").asText()).isEqualTo(id);
        ok(pickupPad.request("finish", "outcome", "done"));
        JsonNode collected = backOffice.awaitEvent("case", e -> e.path("change").asText().equals("collected"));
        assertThat(collected.path("case").path("state").asText()).isEqualTo("collected");
        assertThat(json(hall.get("/api/cases?state=collected", "m-secret")).path("cases")).hasSize(1);

        // the citizen's view by the key, and nothing without it
        assertThat(json(hall.get("/api/cases/" + id + "?k=" + c.path("key").asText(), ""))
                .path("case").path("state").asText()).isEqualTo("collected");
        assertThat(hall.get("/api/cases/" + id + "?k=wrongwrongwrongwrong", "").statusCode()).isEqualTo(403);
        assertThat(hall.get("/api/cases/" + id, "").statusCode()).isEqualTo(403);
    }

    @Test
    void returnedThenMailedAndTheDueFilters() throws Exception {
        WsClient pad = hall.hello("pad-3", "p3-secret");
        ok(pad.request("login", "clerk", "1003", "pin", "2648"));
        String id = finishedAtWindow3(pad, "legal", "outcome", "accepted", "dueDate", today.toString())
                .path("case").path("id").asText();
        // due today: soon, not overdue
        assertThat(json(hall.get("/api/cases?due=soon", "m-secret")).path("cases")).hasSize(1);
        assertThat(json(hall.get("/api/cases?due=overdue", "m-secret")).path("cases")).isEmpty();
        assertThat(hall.get("/api/cases?due=later", "m-secret").statusCode()).isEqualTo(400);
        assertThat(hall.get("/api/cases?state=lost", "m-secret").statusCode()).isEqualTo(400);
        assertThat(hall.get("/api/cases", "k1-secret").statusCode()).isEqualTo(403);
        HttpResponse<String> r = hall.post("/api/cases/" + id + "/returned", "m-secret",
                "{\"reason\":\"申请材料不符合法定形式\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        HttpResponse<String> m = hall.post("/api/cases/" + id + "/mailed", "m-secret", "{\"tracking\":\"1190000000001\"}");
        assertThat(json(m).path("case").path("state").asText()).isEqualTo("mailed");
        assertThat(json(m).path("case").path("tracking").asText()).isEqualTo("1190000000001");
        assertThat(json(m).path("case").path("reason").asText()).isEqualTo("申请材料不符合法定形式");
        assertThat(hall.post("/api/cases/" + id + "/mailed", "m-secret", "{\"tracking\":\"" + "9".repeat(65) + "\"}")
                .statusCode()).as("too long").isEqualTo(400);
        assertThat(hall.post("/api/cases/20990101-A001/ready", "m-secret", "").statusCode()).isEqualTo(404);
    }
}
