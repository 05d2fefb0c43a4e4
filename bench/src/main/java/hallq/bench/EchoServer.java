package hallq.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufInputStream;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.util.function.Supplier;

/**
 * The trivial WebSocket server of the round-trip baseline: the same pipeline shape as the queue server
 * (HTTP codec, aggregator, /ws protocol handler), answering each request {"id":X,...} with {"re":X,"ok":true}
 * at once on the event loop, so the client side runs exactly the code it runs against the real server.
 */
final class EchoServer implements AutoCloseable {
    private final Channel channel;

    EchoServer(EventLoopGroup group) throws InterruptedException {
        channel = bind(group, Echo::new);
    }

    /**
     * A server channel on 127.0.0.1 (any port) whose connections have the queue server's pipeline shape (HTTP codec,
     * aggregator, /ws protocol handler) and then a handler of their own from {@code last}.
     */
    static Channel bind(EventLoopGroup group, Supplier<ChannelHandler> last) throws InterruptedException {
        ServerBootstrap b = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536),
                                new WebSocketServerProtocolHandler("/ws"), last.get());
                    }
                });
        return b.bind("127.0.0.1", 0).sync().channel();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
    }

    private static final class Echo extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) throws Exception {
            JsonNode req = WsClient.JSON.readTree((java.io.InputStream) new ByteBufInputStream(frame.content()));
            String reply = "{\"re\":" + WsClient.JSON.writeValueAsString(req.path("id").asText()) + ",\"ok\":true}";
            ctx.writeAndFlush(new TextWebSocketFrame(reply));
        }
    }
}
