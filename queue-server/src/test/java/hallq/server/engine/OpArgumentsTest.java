package hallq.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.server.queue.HallException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpArgumentsTest {
    /** Contract section 7's limits, written out again here so that a change of the table is seen. */
    private static final Map<String, Map<String, Integer>> CONTRACT = Map.of(
            "hello", Map.of("device", 200, "token", 200),
            "issue", Map.of("zone", 64, "case", 64),
            "login", Map.of("clerk", 64, "pin", 64),
            "requeue", Map.of("ticket", 64),
            "transfer", Map.of("zone", 64),
            "pause", Map.of("reason", 200),
            "rate", Map.of("ticket", 64),
            "report", Map.of("fault", 200, "message", 200),
            "follow-up", Map.of("note", 1000));

    private static java.util.List<hallq.protocol.Op.Arg> table(String op) {
        return op.equals("follow-up") ? OpArguments.FOLLOW_UP : hallq.protocol.Op.fromWire(op).orElseThrow().args();
    }

    private static ObjectNode request(String field, String value) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put(field, value);
        return n;
    }

    @Test
    void everyTextAtItsLimitPassesAndOneCharacterMoreIsTooLongWithoutEchoingIt() {
        CONTRACT.forEach((op, fields) -> fields.forEach((field, max) -> {
            assertThat(OpArguments.checked(table(op), request(field, "界".repeat(max))).path(field).textValue())
                    .as(op + " " + field + " at its limit").hasSize(max);
            String over = "Z".repeat(max + 1);
            HallException e = catchThrowableOfType(() -> OpArguments.checked(table(op), request(field, over)),
                    HallException.class);
            assertThat(e).as(op + " " + field + " over its limit").isNotNull();
            assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST);
            assertThat(e.reason()).isEqualTo(OpArguments.TOO_LONG);
            assertThat(e.getMessage()).contains("'" + field + "'").doesNotContain("ZZ").hasSizeLessThan(100);
        }));
    }

    @Test
    void theIdAndTheOpHaveLimitsToo() {
        ObjectNode r = Json.mapper().createObjectNode().put("id", "i".repeat(200)).put("op", "o".repeat(64));
        assertThat(OpArguments.requestId(r)).hasSize(200);
        assertThat(OpArguments.op(r)).hasSize(64);
        r.put("id", "i".repeat(201)).put("op", "o".repeat(65));
        assertThat(catchThrowableOfType(() -> OpArguments.requestId(r), HallException.class).reason())
                .isEqualTo(OpArguments.TOO_LONG);
        assertThat(catchThrowableOfType(() -> OpArguments.op(r), HallException.class).reason())
                .isEqualTo(OpArguments.TOO_LONG);
        assertThat(OpArguments.requestId(Json.mapper().createObjectNode().put("id", 17))).isEqualTo("17");
        assertThat(catchThrowableOfType(() -> OpArguments.requestId(Json.mapper().createObjectNode().put("id", "")),
                HallException.class).code()).isEqualTo(ErrorCode.BAD_REQUEST);
    }

    @Test
    void wrongTypesAreRefusedNamingTheField() throws Exception {
        for (String[] c : new String[][] {{"issue", "{\"zone\": 7}", "'zone' must be a string"},
                {"issue", "{\"green\": \"yes\"}", "'green' must be true or false"},
                {"rate", "{\"level\": 2.5}", "'level' must be a whole number"},
                {"rate", "{\"level\": 99999999999}", "'level' must be a whole number"},
                {"pause", "{\"reason\": [\"a\"]}", "'reason' must be a string"}}) {
            JsonNode req = Json.mapper().readTree(c[1]);
            assertThat(catchThrowableOfType(() -> OpArguments.checked(table(c[0]), req), HallException.class))
                    .as(c[1]).hasMessage(c[2]);
        }
    }

    @Test
    void onlyTheArgumentsAnOpTakesGoOnToTheHall() throws Exception {
        JsonNode req = Json.mapper().readTree("{\"id\":\"1\",\"op\":\"issue\",\"zone\":\"legal\",\"green\":true,"
                + "\"padding\":\"" + "x".repeat(60_000) + "\",\"idCard\":null}");
        ObjectNode args = OpArguments.checked(table("issue"), req);
        assertThat(args.size()).isEqualTo(2);
        assertThat(args.path("zone").textValue()).isEqualTo("legal");
        assertThat(args.path("green").booleanValue()).isTrue();
        assertThat(OpArguments.checked(table("call-next"), req).isEmpty()).isTrue();
    }
}
