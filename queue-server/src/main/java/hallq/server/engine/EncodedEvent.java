package hallq.server.engine;

import hallq.server.queue.HallEvent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;

/**
 * An event serialised once and shared by every client that receives it: its JSON in one read-only buffer that is
 * never released. Each channel gets a view of it ({@link #payload()}: its own indices, the same memory) to send as
 * Netty's own text frame, so the frame passes the WebSocket encoder and any extension handler in the pipeline,
 * while five hundred screens still cost one encoding. Never released, it needs no count kept right across threads,
 * held queue events and closed channels: it is heap memory, gone with the last reference.
 */
public final class EncodedEvent {
    private final HallEvent event;
    private final ByteBuf json;

    private EncodedEvent(HallEvent event, ByteBuf json) {
        this.event = event;
        this.json = json;
    }

    /** {@code utf8} is the event's JSON text; it is kept, not copied, and must not change afterwards. */
    public static EncodedEvent of(HallEvent event, byte[] utf8) {
        return new EncodedEvent(event, Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(utf8).asReadOnly()));
    }

    public HallEvent event() {
        return event;
    }

    /** A view of the shared JSON for one channel to send: reading or releasing it leaves the others' untouched. */
    public ByteBuf payload() {
        return json.duplicate();
    }

    /** The JSON text (for tests and logs; the network sends {@link #payload()}). */
    public String text() {
        return json.toString(StandardCharsets.UTF_8);
    }
}
