package hallq.server.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Op;
import hallq.protocol.event.Event;
import hallq.protocol.event.EventKind;
import hallq.protocol.message.Replies;
import hallq.protocol.message.Requests;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shapes of the contract the web pages read, as one JSON table derived from protocol's records by reflection:
 * every event kind's fields ({@link EventKind#dataType()}), the replies the pages read, every record and enum they
 * reach, and the wire names of kinds and ops. The pages' decoder ({@code web/protocol.js}) reads messages only
 * through this table, so a change of a record changes what the pages accept with nothing to keep in step.
 *
 * <p>A field is {@code {"type": T, "required": b}}; {@code T} is {@code "string"}, {@code "integer"},
 * {@code "number"}, {@code "boolean"}, {@code "any"}, {@code "event"} (an event with its envelope),
 * {@code {"record": name}}, {@code {"enum": name}}, {@code {"list": T}} or {@code {"map": T}} (text keys).
 * Required: a Java primitive or {@code @JsonProperty(required = true)}, as protocol's strict reader has it.
 */
public final class ProtocolSchema {
    /** The replies the pages read, by op: the hello's (it has no request record) and the day's totals. */
    private static final Map<Op, Class<?>> REPLIES = Map.of(
            Op.HELLO, Replies.Welcome.class,
            Op.STATS, new Requests.Stats(null, null).replyType(),
            // rating (issue 20): the 差评 work items' list and step
            Op.RATING_ITEMS, new Requests.RatingItems().replyType(),
            Op.RATING_STEP, new Requests.RatingStep(null, null, null, null).replyType());

    private static final Set<Class<?>> TEXT = Set.of(String.class, LocalDate.class, LocalTime.class,
            OffsetDateTime.class, Instant.class);
    private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class);
    private static final Set<Class<?>> FRACTION = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class);

    private final Map<String, ObjectNode> records = new LinkedHashMap<>();
    private final Map<String, Class<?>> recordTypes = new LinkedHashMap<>();
    private final Map<String, ObjectNode> enums = new LinkedHashMap<>();

    private ProtocolSchema() {
    }

    /** The table: {@code enums}, {@code ops}, {@code events} (kind → record), {@code replies} (op → record), {@code records}. */
    public static ObjectNode table() {
        return new ProtocolSchema().build();
    }

    private ObjectNode build() {
        ObjectNode table = Json.mapper().createObjectNode();
        ObjectNode events = Json.mapper().createObjectNode();
        for (EventKind k : EventKind.values()) {
            events.put(k.wire(), recordName(k.dataType()));
        }
        ObjectNode replies = Json.mapper().createObjectNode();
        for (Op op : Op.values()) { // in the ops' order, not the map's
            if (REPLIES.containsKey(op)) {
                replies.put(op.wire(), recordName(REPLIES.get(op)));
            }
        }
        ObjectNode ops = Json.mapper().createObjectNode();
        for (Op op : Op.values()) {
            ops.put(op.name(), op.wire());
        }
        enumName(EventKind.class);
        enumName(ErrorCode.class);
        table.set("enums", Json.mapper().valueToTree(enums));
        table.set("ops", ops);
        table.set("events", events);
        table.set("replies", replies);
        table.set("records", Json.mapper().valueToTree(records));
        return table;
    }

    private String recordName(Class<?> type) {
        String name = type.getSimpleName();
        Class<?> known = recordTypes.putIfAbsent(name, type);
        if (known != null) {
            if (known != type) {
                throw new IllegalStateException("two records named " + name + ": " + known + ", " + type);
            }
            return name;
        }
        ObjectNode fields = Json.mapper().createObjectNode();
        records.put(name, fields); // before its fields: a record may reach itself
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            String wire = p != null && !p.value().isEmpty() ? p.value() : c.getName();
            ObjectNode field = fields.putObject(wire);
            field.set("type", Json.mapper().valueToTree(type(c.getGenericType())));
            field.put("required", c.getType().isPrimitive() || (p != null && p.required()));
        }
        return name;
    }

    private String enumName(Class<?> type) {
        String name = type.getSimpleName();
        if (!enums.containsKey(name)) {
            ObjectNode values = Json.mapper().createObjectNode();
            for (Object constant : type.getEnumConstants()) {
                // the wire name as the mapper writes it (@JsonValue, else the constant's name)
                values.put(((Enum<?>) constant).name(), Json.mapper().convertValue(constant, String.class));
            }
            enums.put(name, values);
        }
        return name;
    }

    private Object type(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("list", type(args[0]));
            }
            if (Map.class.isAssignableFrom(raw) && args[0] == String.class) {
                return Map.of("map", type(args[1]));
            }
        } else if (t instanceof Class<?> c) {
            if (TEXT.contains(c)) {
                return "string";
            } else if (WHOLE.contains(c)) {
                return "integer";
            } else if (FRACTION.contains(c)) {
                return "number";
            } else if (c == boolean.class || c == Boolean.class) {
                return "boolean";
            } else if (c == Object.class) {
                return "any";
            } else if (c == Event.class) {
                return "event";
            } else if (c.isEnum()) {
                return Map.of("enum", enumName(c));
            } else if (c.isRecord()) {
                return Map.of("record", recordName(c));
            }
        }
        throw new IllegalArgumentException("no JSON type for " + t.getTypeName()
                + ": say in ProtocolSchema how it is written");
    }
}
