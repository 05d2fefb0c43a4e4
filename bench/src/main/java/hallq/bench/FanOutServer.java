package hallq.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The trivial broadcaster of the fan-out baseline: the queue server's pipeline shape, no hall and no disk. A text
 * frame {@code {"id":X,...}} from any client makes it write one event frame of {@code size} bytes, carrying X, to
 * every connected client at once (Netty's {@link ChannelGroup}, the frame encoded once), on the event loops of
 * its group. What is left between call-next and the last of 500 screens when all the hall's own work is removed.
 */
final class FanOutServer implements AutoCloseable {
    private final Channel channel;
    private final ChannelGroup all = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final int size;

    FanOutServer(EventLoopGroup group, int size) throws InterruptedException {
        this.size = size;
        channel = EchoServer.bind(group, Broadcast::new);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** The event frame text for request id {@code id}: {"event":"called","id":"X","pad":"....."} of about size bytes. */
    static String event(String id, int size) {
        String head = "{\"event\":\"called\",\"id\":\"" + id + "\",\"pad\":\"";
        return head + "x".repeat(Math.max(0, size - head.length() - 2)) + "\"}";
    }

    @Override
    public void close() {
        all.close().awaitUninterruptibly();
        channel.close().syncUninterruptibly();
    }

    private final class Broadcast extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                all.add(ctx.channel()); // from now on it speaks WebSocket
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            String text = frame.text();
            int at = text.indexOf("\"id\":\"") + 6;
            String id = text.substring(at, text.indexOf('"', at));
            ByteBuf bytes = Unpooled.copiedBuffer(event(id, size), StandardCharsets.UTF_8);
            all.writeAndFlush(new TextWebSocketFrame(bytes));
        }
    }
}
