package hallq.server.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Op;
import hallq.server.queue.HallException;
import java.util.List;

/**
 * Contract section 7 at the edge: a request checked against its op's arguments ({@link Op#args()}, the one table of
 * types and longest texts) on the network thread, before it reaches the hall thread, so that nothing over a limit is
 * stored, kept as a reply or logged; the refusal names the field and never echoes it. Whether an argument is
 * required, and what its value means, stays with the hall ({@link Args}, the queue rules).
 */
public final class OpArguments {
    /** The reason a text over its limit is refused with. */
    public static final String TOO_LONG = "TOO_LONG";
    /** The body of a follow-up ({@code POST /api/followups/...}), an HTTP body that is no op. */
    public static final List<Op.Arg> FOLLOW_UP = List.of(new Op.Arg("note", Op.Type.TEXT, Op.Limits.NOTE));

    private OpArguments() {
    }

    /** {@link #checked(List, JsonNode)} with the op's arguments. */
    public static ObjectNode checked(Op op, JsonNode request) {
        return checked(op.args(), request);
    }

    /**
     * The arguments in {@code table}, checked, in a node of their own: what else the request held is left behind, so
     * that a request waiting for the hall thread holds no more than its limits allow. A wrong type is BAD_REQUEST
     * naming the field, a text over its limit BAD_REQUEST reason {@link #TOO_LONG}.
     */
    public static ObjectNode checked(List<Op.Arg> table, JsonNode request) {
        ObjectNode args = Json.mapper().createObjectNode();
        for (Op.Arg a : table) {
            JsonNode v = request.get(a.name());
            if (v == null || v.isNull()) {
                continue;
            }
            switch (a.type()) {
                case TEXT -> {
                    if (!v.isTextual()) {
                        throw bad("'" + a.name() + "' must be a string");
                    }
                    if (v.textValue().length() > a.maxLength()) {
                        throw tooLong(a.name(), a.maxLength());
                    }
                }
                case BOOL -> {
                    if (!v.isBoolean()) {
                        throw bad("'" + a.name() + "' must be true or false");
                    }
                }
                case WHOLE -> {
                    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                        throw bad("'" + a.name() + "' must be a whole number");
                    }
                }
                case TEXTS -> {
                    // cases (issue 18): a list of short texts, bounded in count and in each item's length
                    if (!v.isArray()) {
                        throw bad("'" + a.name() + "' must be a list of strings");
                    }
                    if (v.size() > Op.Limits.ITEMS) {
                        throw new HallException(ErrorCode.BAD_REQUEST, TOO_LONG, "'" + a.name() + "' has more than "
                                + Op.Limits.ITEMS + " items");
                    }
                    for (JsonNode item : v) {
                        if (!item.isTextual()) {
                            throw bad("'" + a.name() + "' must be a list of strings");
                        }
                        if (item.textValue().length() > a.maxLength()) {
                            throw tooLong(a.name() + "[]", a.maxLength());
                        }
                    }
                }
                default -> throw new IllegalStateException(a.type().name());
            }
            args.set(a.name(), v);
        }
        return args;
    }

    /** A request's {@code id}: a string or whole number of 1 to {@link Op.Limits#ID} characters. */
    public static String requestId(JsonNode request) {
        JsonNode id = request.get("id");
        if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isEmpty()) {
            throw bad("'id' must be a string (or number) of 1 to " + Op.Limits.ID + " characters");
        }
        if (id.asText().length() > Op.Limits.ID) {
            throw tooLong("id", Op.Limits.ID);
        }
        return id.asText();
    }

    /** A request's {@code op}: a string of at most {@link Op.Limits#NAME} characters (known or not). */
    public static String op(JsonNode request) {
        JsonNode op = request.get("op");
        if (op == null || !op.isTextual()) {
            throw bad("'op' must be a string");
        }
        if (op.textValue().length() > Op.Limits.NAME) {
            throw tooLong("op", Op.Limits.NAME);
        }
        return op.textValue();
    }

    public static HallException tooLong(String field, int max) {
        return new HallException(ErrorCode.BAD_REQUEST, TOO_LONG, "'" + field + "' is longer than " + max
                + " characters");
    }

    /** A request that is not what its op takes: BAD_REQUEST with what is wrong. */
    static HallException bad(String message) {
        return new HallException(ErrorCode.BAD_REQUEST, message);
    }
}
