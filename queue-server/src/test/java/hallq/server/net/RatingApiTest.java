package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.queue.Halls;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rating (issue 20) over the WebSocket on 127.0.0.1: a pad's rating with reasons and per matter, the bad input the
 * issue names refused with nothing changed, the managers' work items (a counter may not touch them), each step on
 * disk before its ok (a restart keeps it) and the figures in {@code /api/stats}.
 */
class RatingApiTest {
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

    private static JsonNode ok(JsonNode reply) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isTrue();
        return reply;
    }

    private static void refused(JsonNode reply, String code, String reason) {
        assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isFalse();
        assertThat(reply.path("error").path("code").asText()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.path("error").path("reason").asText()).as(reply.toString()).isEqualTo(reason);
    }

    private String served(WsClient pad) throws Exception {
        assertThat(hall.post("/api/tickets", "k1-secret", "{\"zone\":\"legal\"}").statusCode()).isEqualTo(201);
        String n = ok(pad.request("call-next")).path("ticket").path("number").asText();
        ok(pad.request("finish", "outcome", "done"));
        return n;
    }

    @Test
    void ratedWithReasonsPerMatterThenTheItemMovesAndSurvivesARestart() throws Exception {
        WsClient pad = hall.hello("pad-1", "p1-secret");
        ok(pad.request("login", "clerk", "1001", "pin", "4821"));
        String n = served(pad);

        refused(pad.request("rate", "ticket", n, "level", 2, "reasons", List.of("wait", "bribe")),
                "BAD_REQUEST", "RATING_REASON");
        refused(pad.request("rate", "ticket", n, "level", 5, "reasons", List.of("wait")),
                "BAD_REQUEST", "REASONS_NOT_BAD");
        refused(pad.request("rate", "ticket", n, "level", 2, "reasons", List.of("x".repeat(17))),
                "BAD_REQUEST", "TOO_LONG");
        JsonNode rated = ok(pad.request("rate", "ticket", n, "level", 2, "reasons", List.of("wait", "attitude"),
                "matter", "M-1"));
        assertThat(rated.path("ticket").path("ratings").get(0).path("reasons").toString())
                .isEqualTo("[\"wait\",\"attitude\"]");
        refused(pad.request("rate", "ticket", n, "level", 4, "matter", "M-1"), "CONFLICT", "ALREADY_RATED");
        ok(pad.request("rate", "ticket", n, "level", 4, "matter", "M-2"));

        // the work items: managers only
        refused(pad.request("rating-items"), "FORBIDDEN", "");
        String id = today + "/" + n + "/M-1";
        refused(pad.request("rating-step", "item", id, "to", "rectifying", "note", "x"), "FORBIDDEN", "");
        WsClient office = hall.hello("office", "m-secret");
        JsonNode list = ok(office.request("rating-items"));
        assertThat(list.path("today").asText()).isEqualTo(today);
        assertThat(list.path("items")).hasSize(1);
        assertThat(list.path("items").get(0).path("id").asText()).isEqualTo(id);
        assertThat(list.path("items").get(0).path("state").asText()).isEqualTo("pending");
        refused(office.request("rating-step", "item", id, "to", "visited", "note", "x"), "CONFLICT", "ITEM_STATE");
        refused(office.request("rating-step", "item", id, "to", "appealed"), "BAD_REQUEST", "APPEAL_REASON");
        JsonNode moved = ok(office.request("rating-step", "item", id, "to", "rectifying", "note", "核实属实",
                "responsible", "王五"));
        assertThat(moved.path("item").path("state").asText()).isEqualTo("rectifying");
        assertThat(moved.path("item").path("responsible").asText()).isEqualTo("王五");

        JsonNode stats = Json.mapper().readTree(hall.get("/api/stats?from=" + today + "&to=" + today, "m-secret")
                .body());
        assertThat(stats.path("evaluation").path("ratingReasons").path("wait").asInt()).isEqualTo(1);
        assertThat(stats.path("evaluation").path("rectification").path("bad").asInt()).isEqualTo(1);
        assertThat(stats.path("evaluation").path("rectification").path("rectified").asInt()).isZero();
        assertThat(stats.path("ratings").path("2").asInt()).isEqualTo(1);
        assertThat(stats.path("ratings").path("4").asInt()).isEqualTo(1);

        int port = hall.port;
        java.nio.file.Path data = hall.data;
        hall.close();
        hall = new RunningHall(Halls.test(), data, HallServer.MAX_UNSENT, port);
        WsClient again = hall.hello("office", "m-secret");
        JsonNode item = ok(again.request("rating-items")).path("items").get(0);
        assertThat(item.path("state").asText()).as("on disk before its ok").isEqualTo("rectifying");
        assertThat(item.path("steps").get(0).path("note").asText()).isEqualTo("核实属实");
    }
}
