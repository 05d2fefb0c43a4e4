package hallq.protocol.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import hallq.protocol.Json;
import java.io.IOException;

/** The one mapping of {@link Event} to and from its flat JSON object, for the server and the terminals alike. */
final class EventJson {
    private EventJson() {
    }

    static final class Writer extends StdSerializer<Event> {
        Writer() {
            super(Event.class);
        }

        @Override
        public void serialize(Event e, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("event", e.kindName());
            g.writeNumberField("seq", e.seq());
            g.writeStringField("at", e.at());
            if (!(e.data() instanceof EventData.Unknown)) {
                // the data record's own fields beside the envelope's, by the serializer that writes it anywhere
                JsonSerializer<Object> fields = p.findValueSerializer(e.data().getClass()).unwrappingSerializer(null);
                fields.serialize(e.data(), g, p);
            }
            g.writeEndObject();
        }
    }

    static final class Reader extends StdDeserializer<Event> {
        Reader() {
            super(Event.class);
        }

        @Override
        public Event deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode n = ctx.readTree(p);
            if (!(n instanceof ObjectNode o)) {
                return ctx.reportInputMismatch(Event.class, "an event is a JSON object");
            }
            JsonNode kind = o.get("event");
            JsonNode seq = o.get("seq");
            JsonNode at = o.get("at");
            if (kind == null || !kind.isTextual() || seq == null || !seq.canConvertToLong() || !seq.isIntegralNumber()
                    || at == null || !at.isTextual()) {
                return ctx.reportInputMismatch(Event.class, "an event has 'event' (text), 'seq' (whole) and 'at'");
            }
            EventData data = EventKind.fromWire(kind.textValue())
                    .<EventData>map(k -> Json.strict(o, k.dataType()))
                    .orElseGet(() -> new EventData.Unknown(kind.textValue()));
            return new Event(seq.longValue(), at.textValue(), data);
        }
    }
}
