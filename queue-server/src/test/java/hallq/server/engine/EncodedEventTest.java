package hallq.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One encoding shared by every channel: each sends Netty's own frame of it, and none can change or free it. */
class EncodedEventTest {

    /** What Netty's server-side encoder writes for a text frame of {@code frame}. */
    private static byte[] encoded(TextWebSocketFrame frame) {
        EmbeddedChannel ch = new EmbeddedChannel(new WebSocket13FrameEncoder(false));
        ch.writeOutbound(frame);
        ByteBuf all = Unpooled.buffer();
        ByteBuf part;
        while ((part = ch.readOutbound()) != null) {
            all.writeBytes(part);
            part.release();
        }
        ch.finishAndReleaseAll();
        byte[] bytes = new byte[all.readableBytes()];
        all.readBytes(bytes);
        return bytes;
    }

    private static byte[] json(int n) {
        byte[] payload = new byte[n];
        for (int i = 0; i < n; i++) {
            payload[i] = (byte) ('a' + i % 26);
        }
        return payload;
    }

    @Test
    void everyChannelSendsTheFrameNettyMakesOfTheWholeJson() {
        // across the encoder's own size classes: 7-, 16- and 64-bit lengths; copied behind its header up to 1 KiB
        for (int n : new int[] {0, 1, 125, 126, 127, 1000, 1023, 1024, 65535, 65536, 70000}) {
            byte[] payload = json(n);
            // the event itself is not read here: only its bytes go out
            EncodedEvent e = EncodedEvent.of(null, payload.clone());
            byte[] expected = encoded(new TextWebSocketFrame(Unpooled.wrappedBuffer(payload)));
            for (int channel = 0; channel < 3; channel++) {
                assertThat(encoded(new TextWebSocketFrame(e.payload()))).as("payload of %d bytes, channel %d", n,
                        channel).isEqualTo(expected);
            }
            assertThat(e.text()).isEqualTo(new String(payload, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPayloadOverOneKibGoesToTheSocketAsTheSharedBufferNotACopy() {
        EncodedEvent e = EncodedEvent.of(null, json(5000));
        EmbeddedChannel ch = new EmbeddedChannel(new WebSocket13FrameEncoder(false));
        ch.writeOutbound(new TextWebSocketFrame(e.payload()));
        ByteBuf header = ch.readOutbound();
        ByteBuf payload = ch.readOutbound();
        assertThat(header.readableBytes()).isEqualTo(4);
        // a copy would be the encoder's own writable buffer; direct, the socket takes it as it is
        assertThat(payload.isReadOnly()).as("the shared bytes themselves").isTrue();
        assertThat(payload.isDirect()).isTrue();
        assertThat(payload.readableBytes()).isEqualTo(5000);
        header.release();
        payload.release();
        assertThat(ch.finishAndReleaseAll()).isFalse();
        assertThat(e.payload().readableBytes()).isEqualTo(5000);
    }

    @Test
    void aChannelCanNeitherChangeNorFreeTheSharedBytes() {
        EncodedEvent e = EncodedEvent.of(null, "{\"event\":\"queue\"}".getBytes(StandardCharsets.UTF_8));
        ByteBuf view = e.payload();
        view.readByte();
        assertThat(view.release()).isFalse();
        assertThat(view.release(100)).isFalse();
        assertThatThrownBy(() -> e.payload().setByte(0, 'x')).isInstanceOf(ReadOnlyBufferException.class);
        assertThat(e.payload().readableBytes()).isEqualTo(17);
        assertThat(e.text()).isEqualTo("{\"event\":\"queue\"}");
    }
}
