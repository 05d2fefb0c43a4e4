package hallq.server.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A reply record's fields put beside {@code re} and {@code ok} (contract section 4: {@code {"re","ok",...result}}),
 * each value as itself: written straight to JSON with the reply, no tree in between (a ticket in every reply).
 */
final class ReplyFields {
    private record Field(String name, MethodHandle read) {
    }

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is no reply record");
            }
            List<Field> fields = new ArrayList<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    fields.add(new Field(wireName(c), lookup.unreflect(c.getAccessor())));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return List.copyOf(fields);
        }
    };

    private ReplyFields() {
    }

    /** A record field's name on the wire: its {@code @JsonProperty} name, else its own (as the mapper names it). */
    static String wireName(RecordComponent c) {
        JsonProperty named = c.getAnnotation(JsonProperty.class);
        if (named == null) {
            // @JsonProperty is not a record-component annotation: Java puts it on the accessor (and field) only
            named = c.getAccessor().getAnnotation(JsonProperty.class);
        }
        return named != null && !named.value().isEmpty() ? named.value() : c.getName();
    }

    static void write(Object record, ObjectNode reply) {
        for (Field f : FIELDS.get(record.getClass())) {
            try {
                reply.putPOJO(f.name(), f.read().invoke(record));
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + f.name() + " of " + record.getClass(), e);
            }
        }
    }
}
