package hallq.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Op;
import hallq.protocol.Outcome;
import hallq.protocol.client.HallClient;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestsTest {

    /** One of every request, every field set, made from the records themselves: a new one is found by itself. */
    static List<Request<?>> everyRequest() throws Exception {
        List<Request<?>> all = new ArrayList<>();
        for (Class<?> c : Requests.class.getDeclaredClasses()) {
            if (!c.isRecord() || !Request.class.isAssignableFrom(c)) {
                continue;
            }
            if (c == Requests.WindowAct.class) {
                for (Op op : List.of(Op.CALL_NEXT, Op.RECALL, Op.START, Op.NO_SHOW)) {
                    all.add(new Requests.WindowAct(op));
                }
                continue;
            }
            RecordComponent[] parts = c.getRecordComponents();
            Class<?>[] types = new Class<?>[parts.length];
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                values[i] = sample(types[i]);
            }
            all.add((Request<?>) c.getDeclaredConstructor(types).newInstance(values));
        }
        return all;
    }

    private static Object sample(Class<?> t) {
        if (t == String.class) {
            return "x";
        }
        if (t == Boolean.class || t == boolean.class) {
            return true;
        }
        if (t == int.class || t == Integer.class) {
            return 3;
        }
        if (t == Outcome.class) {
            return Outcome.ACCEPTED;
        }
        if (t == LocalDate.class) {
            return LocalDate.of(2026, 12, 10);
        }
        if (t == List.class) {
            return List.of("x"); // cases (issue 18): lists of texts
        }
        throw new AssertionError("no sample of " + t);
    }

    @Test
    void everyOpATerminalSendsHasItsTypedRequest() throws Exception {
        Set<Op> typed = EnumSet.noneOf(Op.class);
        for (Request<?> r : everyRequest()) {
            typed.add(r.op());
        }
        // hello is the client's own, said on every connection
        assertThat(typed).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(Op.HELLO)));
    }

    @Test
    void aRequestsFieldsAreItsOpsArgumentsWithTheirTypes() throws Exception {
        for (Request<?> r : everyRequest()) {
            Map<String, Op.Arg> args = new java.util.HashMap<>();
            r.op().args().forEach(a -> args.put(a.name(), a));
            JsonNode wire = Json.mapper().valueToTree(r);
            for (Iterator<Map.Entry<String, JsonNode>> it = wire.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                Op.Arg a = args.get(f.getKey());
                assertThat(a).as(r.op() + " sends '" + f.getKey() + "', which its op does not take").isNotNull();
                JsonNode v = f.getValue();
                boolean fits = switch (a.type()) {
                    case TEXT -> v.isTextual() && v.textValue().length() <= a.maxLength();
                    case BOOL -> v.isBoolean();
                    case WHOLE -> v.isIntegralNumber();
                    case TEXTS -> v.isArray() && v.size() <= Op.Limits.ITEMS;
                };
                assertThat(fits).as(r.op() + "." + f.getKey() + " = " + v + " is no " + a.type()).isTrue();
            }
            assertThat(wire.size()).as(r.op() + ": every argument of the op can be sent")
                    .isEqualTo(r.op().args().size());
        }
    }

    @Test
    void theReplyTypeIsTheRequestsTypeArgument() throws Exception {
        Map<Op, Class<?>> replies = new EnumMap<>(Op.class);
        for (Request<?> r : everyRequest()) {
            java.lang.reflect.ParameterizedType p = (java.lang.reflect.ParameterizedType)
                    r.getClass().getGenericInterfaces()[0];
            assertThat(p.getActualTypeArguments()[0]).isEqualTo(r.replyType());
            replies.put(r.op(), r.replyType());
        }
        assertThat(replies.get(Op.ISSUE)).isEqualTo(Replies.Issued.class);
        assertThat(replies.get(Op.CALL_NEXT)).isEqualTo(Replies.TicketReply.class);
    }

    @Test
    void aLeftOutFieldIsNotSentAndAPinIsNeverPrinted() {
        assertThat(Json.mapper().<JsonNode>valueToTree(new Requests.Issue("legal", false, null)).toString())
                .isEqualTo("{\"zone\":\"legal\"}");
        assertThat(Json.mapper().<JsonNode>valueToTree(new Requests.Finish(Outcome.DONE, null)).toString())
                .isEqualTo("{\"outcome\":\"done\"}");
        assertThat(new Requests.Login("1001", "4821").toString()).doesNotContain("4821");
    }

    @Test
    void anErrorReplyIsRefusedWithItsCodeAndReason() throws Exception {
        JsonNode error = Json.readWhole("{\"re\":\"7\",\"ok\":false,\"error\":{\"code\":\"FORBIDDEN\","
                + "\"reason\":\"LOCKED\",\"message\":\"locked for 5 minutes\"}}");
        assertThatThrownBy(() -> HallClient.replyOf(error, Replies.LoggedIn.class))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.code()).isEqualTo(ErrorCode.FORBIDDEN);
                    assertThat(r.is(ErrorCode.FORBIDDEN, "LOCKED")).isTrue();
                    assertThat(r.getMessage()).isEqualTo("locked for 5 minutes");
                });
        JsonNode ok = Json.readWhole("{\"re\":\"8\",\"ok\":true,\"ticket\":null}");
        assertThat(HallClient.replyOf(ok, Replies.TicketReply.class).ticket()).isNull();
        JsonNode wrong = Json.readWhole("{\"re\":\"9\",\"ok\":true,\"ticket\":\"A001\"}");
        assertThatThrownBy(() -> HallClient.replyOf(wrong, Replies.TicketReply.class))
                .isInstanceOf(Json.Mismatch.class);
    }
}
