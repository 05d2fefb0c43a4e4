package hallq.server.engine;

import hallq.server.queue.HallEvent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An event serialised once and shared by every client that receives it: its JSON in one read-only direct buffer that
 * is never released. Each channel sends Netty's own text frame over a view of it ({@link #payload()}: its own
 * indices, the same memory), so the frame passes the WebSocket encoder and any extension in the pipeline, and five
 * hundred screens still cost one encoding. A payload over 1 KiB goes to each socket as that view, not copied; a
 * smaller one (most events) Netty's encoder copies behind the frame's header into one small buffer per channel,
 * which it finds cheaper than a gathering write. Never released, the shared buffer needs no count kept right across
 * network threads, held queue events and closed channels: it is the JDK's own direct buffer, outside Netty's pool
 * and its leak detector, and its memory goes with its last reference.
 */
public final class EncodedEvent {
    private final HallEvent event;
    private final ByteBuf json;

    private EncodedEvent(HallEvent event, ByteBuf json) {
        this.event = event;
        this.json = json;
    }

    /** {@code utf8} is the event's JSON text. */
    public static EncodedEvent of(HallEvent event, byte[] utf8) {
        ByteBuffer direct = ByteBuffer.allocateDirect(utf8.length).put(utf8).flip();
        return new EncodedEvent(event, Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(direct.asReadOnlyBuffer())));
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
