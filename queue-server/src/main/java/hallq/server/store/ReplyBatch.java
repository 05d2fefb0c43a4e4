package hallq.server.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.protocol.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A batch's kept replies in two rows: their key hashes packed as 8-byte numbers (read at start-up to index them)
 * and the replies as one JSON array of {@code [device, request id, reply]} (read only when a retry comes). Rows a
 * batch instead of one a reply: keeping replies was half of what the database did for a ticket.
 */
final class ReplyBatch {
    private static final ObjectMapper JSON = Json.mapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private ReplyBatch() {
    }

    static byte[] hashes(List<StoredReply> replies) {
        ByteBuffer b = ByteBuffer.allocate(8 * replies.size());
        replies.forEach(r -> b.putLong(r.keyHash()));
        return b.array();
    }

    static long[] hashes(byte[] packed) {
        long[] out = new long[packed.length / 8];
        ByteBuffer.wrap(packed).asLongBuffer().get(out);
        return out;
    }

    static String bodies(List<StoredReply> replies) {
        StringWriter w = new StringWriter(replies.size() * 400);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartArray();
            for (StoredReply r : replies) {
                g.writeStartArray();
                g.writeString(r.device());
                g.writeString(r.requestId());
                g.writeRawValue(r.body()); // already JSON: kept as sent, not escaped into a string
                g.writeEndArray();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The reply to this device's request in a batch's {@link #bodies}, as JSON text, or null. */
    static String find(String bodies, String device, String requestId) throws IOException {
        String found = null;
        try (JsonParser p = FACTORY.createParser(bodies)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                String d = p.nextTextValue();
                String r = p.nextTextValue();
                p.nextToken();
                if (device.equals(d) && requestId.equals(r)) {
                    JsonNode reply = JSON.readTree(p);
                    found = JSON.writeValueAsString(reply); // the last one wins: a reused id's newer reply
                } else {
                    p.skipChildren();
                }
                expect(p.nextToken(), JsonToken.END_ARRAY);
            }
        }
        return found;
    }

    private static void expect(JsonToken got, JsonToken want) throws IOException {
        if (got != want) {
            throw new IOException("kept replies: expected " + want + ", found " + got);
        }
    }
}
