package hallq.server.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.server.queue.HallException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's checked arguments ({@link OpArguments} has checked types and lengths at the edge) read as protocol's
 * typed request, strictly; what does not fit is a BAD_REQUEST naming the field and what it must be, never echoing
 * more than the field's own limit allows.
 */
final class TypedArguments {
    private TypedArguments() {
    }

    static <Q> Q read(JsonNode args, Class<Q> type) {
        try {
            return Json.strict(args, type);
        } catch (Json.Mismatch m) {
            String field = field(m);
            throw new HallException(ErrorCode.BAD_REQUEST, field == null ? "the arguments are not valid"
                    : "'" + field + "' " + mustBe(type, field));
        }
    }

    /** Required arguments: the typed request leaves them null when absent. */
    static <T> T required(T value, String field) {
        if (value == null) {
            throw OpArguments.bad("missing '" + field + "'");
        }
        return value;
    }

    private static String field(Json.Mismatch m) {
        for (Throwable t = m.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonMappingException j && !j.getPath().isEmpty()) {
                return j.getPath().get(j.getPath().size() - 1).getFieldName();
            }
        }
        return null;
    }

    private static String mustBe(Class<?> type, String field) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (!ReplyFields.wireName(c).equals(field)) {
                continue;
            }
            Class<?> t = c.getType();
            if (t.isPrimitive()) {
                return "is missing";
            }
            if (t == LocalDate.class) {
                return "must be a date YYYY-MM-DD";
            }
            if (t.isEnum()) {
                return "must be " + String.join(", ", wireNames(t));
            }
        }
        return "is not valid";
    }

    private static List<String> wireNames(Class<?> enumType) {
        List<String> names = new ArrayList<>();
        Method wire = null;
        for (Method m : enumType.getMethods()) {
            if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
                wire = m;
            }
        }
        for (Object e : enumType.getEnumConstants()) {
            try {
                names.add(wire == null ? e.toString() : String.valueOf(wire.invoke(e)));
            } catch (ReflectiveOperationException ex) {
                names.add(e.toString());
            }
        }
        return names;
    }
}
