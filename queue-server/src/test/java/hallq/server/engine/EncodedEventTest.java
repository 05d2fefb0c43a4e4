package hallq.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import org.junit.jupiter.api.Test;

/** The shared frame bytes are exactly what Netty's own server-side encoder writes. */
class EncodedEventTest {

    private static byte[] netty(byte[] payload) {
        EmbeddedChannel ch = new EmbeddedChannel(new WebSocket13FrameEncoder(false));
        ch.writeOutbound(new TextWebSocketFrame(Unpooled.wrappedBuffer(payload)));
        ByteBuf all = Unpooled.buffer();
        ByteBuf part;
        while ((part = ch.readOutbound()) != null) {
            all.writeBytes(part);
            part.release();
        }
        byte[] bytes = new byte[all.readableBytes()];
        all.readBytes(bytes);
        return bytes;
    }

    @Test
    void framesOfEverySizeClassMatchNettysEncoder() {
        for (int n : new int[] {0, 1, 125, 126, 127, 1000, 65535, 65536, 70000}) {
            byte[] payload = new byte[n];
            for (int i = 0; i < n; i++) {
                payload[i] = (byte) ('a' + i % 26);
            }
            assertThat(EncodedEvent.textFrame(payload)).as("payload of %d bytes", n).isEqualTo(netty(payload));
        }
    }
}
