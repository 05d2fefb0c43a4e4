package hallq.server.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.server.queue.HallException;
import java.util.List;
import java.util.Map;

/**
 * Contract section 7: the one table of every op's arguments (and every HTTP body field) with its type and, for a
 * text, its longest length. The network side checks a request against it before the request reaches the hall
 * thread, so nothing over a limit is stored, kept as a reply or logged; the refusal names the field, never echoes it.
 * Whether an argument is required, and what its value means, stays with the hall ({@link Args}, the queue rules).
 */
public final class OpArguments {
    /** {@code device}, {@code token} and a request's {@code id}. */
    public static final int ID_MAX = 200;
    /** {@code op} and the short names: clerk, pin, zone, ticket, case, code. */
    public static final int NAME_MAX = 64;
    /** A pause reason, a report's fault and message. */
    public static final int TEXT_MAX = 200;
    /** A follow-up note of a 差评. */
    public static final int NOTE_MAX = 1000;
    /** The reason a text over its limit is refused with. */
    public static final String TOO_LONG = "TOO_LONG";

    enum Type { TEXT, BOOL, INT }

    record Arg(String name, Type type, int maxLength) {
    }

    private static Arg text(String name, int max) {
        return new Arg(name, Type.TEXT, max);
    }

    private static final Map<String, List<Arg>> TABLE = Map.ofEntries(
            Map.entry("hello", List.of(text("device", ID_MAX), text("token", ID_MAX))),
            Map.entry("issue", List.of(text("zone", NAME_MAX), new Arg("green", Type.BOOL, 0),
                    text("idCard", 32), text("case", NAME_MAX))),
            Map.entry("login", List.of(text("clerk", NAME_MAX), text("pin", NAME_MAX))),
            Map.entry("finish", List.of(text("outcome", 16), text("dueDate", 10))),
            Map.entry("requeue", List.of(text("ticket", NAME_MAX))),
            Map.entry("transfer", List.of(text("zone", NAME_MAX))),
            Map.entry("pause", List.of(text("reason", TEXT_MAX))),
            Map.entry("rate", List.of(text("ticket", NAME_MAX), new Arg("level", Type.INT, 0))),
            Map.entry("report", List.of(text("fault", TEXT_MAX), text("message", TEXT_MAX))),
            Map.entry("stats", List.of(text("from", 10), text("to", 10))),
            // HTTP bodies that are not ops
            Map.entry("follow-up", List.of(text("note", NOTE_MAX))));

    private OpArguments() {
    }

    /**
     * The arguments {@code op} takes, checked against the table, in a node of their own: what else the request held
     * is left behind, so that a request waiting for the hall thread holds no more than its limits allow. A wrong type
     * is BAD_REQUEST naming the field, a text over its limit BAD_REQUEST reason {@link #TOO_LONG}.
     */
    public static ObjectNode checked(String op, JsonNode request) {
        ObjectNode args = Json.mapper().createObjectNode();
        for (Arg a : TABLE.getOrDefault(op, List.of())) {
            JsonNode v = request.get(a.name());
            if (v == null || v.isNull()) {
                continue;
            }
            switch (a.type()) {
                case TEXT -> {
                    if (!v.isTextual()) {
                        throw Args.bad("'" + a.name() + "' must be a string");
                    }
                    if (v.textValue().length() > a.maxLength()) {
                        throw tooLong(a.name(), a.maxLength());
                    }
                }
                case BOOL -> {
                    if (!v.isBoolean()) {
                        throw Args.bad("'" + a.name() + "' must be true or false");
                    }
                }
                case INT -> {
                    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                        throw Args.bad("'" + a.name() + "' must be a whole number");
                    }
                }
                default -> throw new IllegalStateException(a.type().name());
            }
            args.set(a.name(), v);
        }
        return args;
    }

    /** A request's {@code id}: a string or whole number of 1 to {@link #ID_MAX} characters. */
    public static String requestId(JsonNode request) {
        JsonNode id = request.get("id");
        if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isEmpty()) {
            throw Args.bad("'id' must be a string (or number) of 1 to " + ID_MAX + " characters");
        }
        if (id.asText().length() > ID_MAX) {
            throw tooLong("id", ID_MAX);
        }
        return id.asText();
    }

    /** A request's {@code op}: a string of at most {@link #NAME_MAX} characters. */
    public static String op(JsonNode request) {
        JsonNode op = request.get("op");
        if (op == null || !op.isTextual()) {
            throw Args.bad("'op' must be a string");
        }
        if (op.textValue().length() > NAME_MAX) {
            throw tooLong("op", NAME_MAX);
        }
        return op.textValue();
    }

    static HallException tooLong(String field, int max) {
        return new HallException(ErrorCode.BAD_REQUEST, TOO_LONG, "'" + field + "' is longer than " + max
                + " characters");
    }
}
