package hallq.server.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketClientCompressionHandler;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket client on Netty's own, with or without permessage-deflate (Netty's
 * {@link WebSocketClientCompressionHandler}), that keeps every text message with the RSV bits of the frame it came in
 * as it was on the wire, before any extension undid it: RSV1 set is a deflated message (RFC 7692).
 */
final class NettyWsClient implements AutoCloseable {
    /** A text message as the application reads it, and its frame's RSV bits and payload size as they came in. */
    record Message(String text, int rsv, int wireBytes) {
        boolean deflated() {
            return (rsv & 0b100) != 0;
        }
    }

    private final Channel channel;
    private final LinkedBlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> extensions = new CompletableFuture<>();

    private NettyWsClient(EventLoopGroup group, int port, boolean deflate) throws InterruptedException {
        URI uri = URI.create("ws://127.0.0.1:" + port + HallServer.WS_PATH);
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .allowExtensions(deflate)
                .maxFramePayloadLength(HallServer.MAX_FRAME)
                .build();
        // on the event loop only: the RSV bits and payload sizes of the text frames read, waiting for their text
        ArrayDeque<int[]> raw = new ArrayDeque<>();
        channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ChannelPipeline p = ch.pipeline();
                        p.addLast(new HttpClientCodec());
                        p.addLast(new HttpObjectAggregator(8192));
                        // before the extension's decoder, which the handshake puts after its handler: frames as sent
                        p.addLast(new ChannelInboundHandlerAdapter() {
                            @Override
                            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                if (msg instanceof FullHttpResponse r) {
                                    extensions.complete(r.headers().get(HttpHeaderNames.SEC_WEBSOCKET_EXTENSIONS, ""));
                                } else if (msg instanceof TextWebSocketFrame f) {
                                    raw.add(new int[] {f.rsv(), f.content().readableBytes()});
                                }
                                ctx.fireChannelRead(msg);
                            }
                        });
                        if (deflate) {
                            p.addLast(WebSocketClientCompressionHandler.INSTANCE);
                        }
                        p.addLast(new WebSocketClientProtocolHandler(config));
                        p.addLast(new SimpleChannelInboundHandler<WebSocketFrame>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame f) {
                                if (f instanceof TextWebSocketFrame t) {
                                    int[] r = raw.remove();
                                    inbox.add(new Message(t.text(), r[0], r[1]));
                                }
                            }
                        });
                    }
                })
                .connect("127.0.0.1", port).sync().channel();
    }

    /** Connects and waits for the upgrade; {@code deflate}: offers permessage-deflate. */
    static NettyWsClient connect(EventLoopGroup group, int port, boolean deflate) throws Exception {
        NettyWsClient c = new NettyWsClient(group, port, deflate);
        c.extensions.get(10, TimeUnit.SECONDS);
        return c;
    }

    /** The server's {@code Sec-WebSocket-Extensions} answer ("" if none). */
    String extensions() {
        return extensions.getNow("");
    }

    void send(String text) {
        channel.writeAndFlush(new TextWebSocketFrame(text)).syncUninterruptibly();
    }

    /** The next message whose text contains {@code part}, the ones before it handed to {@code before}. */
    Message await(String part, java.util.List<Message> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            Message m = inbox.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) {
                throw new AssertionError("timed out waiting for a message with " + part + "; before it: " + before);
            }
            if (m.text().contains(part)) {
                return m;
            }
            before.add(m);
        }
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
    }
}
