package hallq.server.engine;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Outcome;
import hallq.server.queue.HallException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A request's arguments, read with their types checked; a wrong one is a BAD_REQUEST naming the field. */
final class Args {
    private final JsonNode node;

    Args(JsonNode node) {
        this.node = node;
    }

    String string(String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw bad("missing '" + name + "'");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw bad("'" + name + "' must be a string");
        }
        return v.textValue();
    }

    boolean bool(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw bad("'" + name + "' must be true or false");
        }
        return v.booleanValue();
    }

    Integer integer(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw bad("'" + name + "' must be a whole number");
        }
        return v.intValue();
    }

    LocalDate date(String name, boolean required) {
        String s = string(name, required);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw bad("'" + name + "' must be a date YYYY-MM-DD");
        }
    }

    Outcome outcome(String name) {
        String s = string(name, true);
        try {
            return Outcome.fromWire(s);
        } catch (IllegalArgumentException e) {
            throw bad("'" + name + "' must be done, accepted, incomplete, rejected or consult");
        }
    }

    static HallException bad(String message) {
        return new HallException(ErrorCode.BAD_REQUEST, message);
    }
}
