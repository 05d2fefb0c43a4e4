package hallq.bench;

import hallq.protocol.Op;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One WebSocket connection to {@code /ws}, on Netty (HttpClientCodec + HttpObjectAggregator + the client
 * handshaker). Requests carry ids "random prefix - counter" and are matched to replies by {@code re}; events
 * (frames starting with {"event":) go, unparsed, with their arrival time, to an {@link EventSink}.
 */
final class WsClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] EVENT_PREFIX = "{\"event\":".getBytes(StandardCharsets.US_ASCII);
    static final int MAX_FRAME = 16 * 1024 * 1024;

    /** Gets each event frame (valid only during the call) and System.nanoTime() when it was read. */
    interface EventSink {
        void onEvent(ByteBuf utf8, long nanos);
    }

    /** A reply and System.nanoTime() when it was read. */
    record Reply(JsonNode body, long nanos) {
        boolean ok() {
            return body.path("ok").asBoolean(false);
        }

        String errorCode() {
            return body.path("error").path("code").asText("?");
        }
    }

    private final Channel channel;
    private final String idPrefix = Long.toHexString(ThreadLocalRandom.current().nextLong() | (1L << 60)) + "-";
    private final AtomicLong nextId = new AtomicLong();
    private final Map<String, CompletableFuture<Reply>> pending;

    private WsClient(Channel channel, Map<String, CompletableFuture<Reply>> pending) {
        this.channel = channel;
        this.pending = pending;
    }

    /** Connects and completes the WebSocket handshake; the future fails on error or after {@code timeoutMs}. */
    static CompletableFuture<WsClient> connect(EventLoopGroup group, InetSocketAddress server, EventSink sink,
                                               long timeoutMs) {
        CompletableFuture<WsClient> result = new CompletableFuture<>();
        Map<String, CompletableFuture<Reply>> pending = new ConcurrentHashMap<>();
        URI uri = URI.create("ws://" + server.getHostString() + ":" + server.getPort() + "/ws");
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .maxFramePayloadLength(MAX_FRAME)
                .handshakeTimeoutMillis(timeoutMs)
                .build();
        Bootstrap b = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeoutMs)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 20),
                                new WebSocketClientProtocolHandler(config), new WebSocketFrameAggregator(MAX_FRAME),
                                new Handler(pending, sink, result));
                    }
                });
        ChannelFuture cf = b.connect(server);
        cf.addListener(f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(f.cause());
            }
        });
        return result.orTimeout(timeoutMs + 1000, TimeUnit.MILLISECONDS).whenComplete((c, e) -> {
            if (e != null) {
                cf.channel().close();
            }
        });
    }

    String nextId() {
        return idPrefix + nextId.incrementAndGet();
    }

    /**
     * Sends {@code {"id":<fresh id>,"op":op<rest>}} where {@code rest} is "" or starts with a comma, e.g.
     * {@code ,"zone":"za"}; the future completes with the reply (or fails after {@code timeoutMs}).
     */
    CompletableFuture<Reply> request(String op, String rest, long timeoutMs) {
        String id = nextId();
        CompletableFuture<Reply> f = new CompletableFuture<>();
        pending.put(id, f);
        String text = "{\"id\":\"" + id + "\",\"op\":\"" + op + "\"" + rest + "}";
        channel.writeAndFlush(new TextWebSocketFrame(text)).addListener(w -> {
            if (!w.isSuccess()) {
                pending.remove(id);
                f.completeExceptionally(w.cause());
            }
        });
        return f.orTimeout(timeoutMs, TimeUnit.MILLISECONDS).whenComplete((r, e) -> {
            if (e != null) {
                pending.remove(id);
            }
        });
    }

    /**
     * Connects and says hello as {@code device}: for every event kind when {@code kinds} is null, else for those
     * (and queue events at most every {@code queueEveryMs}). Fails when the server refuses the hello.
     */
    static WsClient connectHello(EventLoopGroup group, InetSocketAddress server, String device, String token,
                                 List<String> kinds, long queueEveryMs, long helloTimeoutMs) throws Exception {
        WsClient c = connect(group, server, null, 10_000).get(15, TimeUnit.SECONDS);
        Reply r = (kinds == null ? c.hello(device, token, helloTimeoutMs)
                : c.hello(device, token, kinds, queueEveryMs, helloTimeoutMs))
                .get(helloTimeoutMs + 5_000, TimeUnit.MILLISECONDS);
        if (!r.ok()) {
            c.close();
            throw new IllegalStateException("hello " + device + ": " + r.body());
        }
        return c;
    }

    /** Sends a text frame as it is, expecting no reply. */
    void send(String text) {
        channel.writeAndFlush(new TextWebSocketFrame(text));
    }

    CompletableFuture<Reply> hello(String device, String token, long timeoutMs) {
        return request(Op.HELLO.wire(), ",\"device\":\"" + device + "\",\"token\":\"" + token + "\"", timeoutMs);
    }

    /**
     * A hello that asks for these event kinds only, and for queue events at most every {@code queueEveryMs}, as the
     * terminals do (the kiosk app wants just {@code queue}, the caller display {@code called}, {@code queue} and,
     * with window signs, {@code counter}; both take queue events twice a second).
     */
    CompletableFuture<Reply> hello(String device, String token, List<String> kinds, long queueEveryMs, long timeoutMs) {
        StringBuilder b = new StringBuilder(",\"device\":\"").append(device).append("\",\"token\":\"").append(token)
                .append("\",\"events\":[");
        for (int i = 0; i < kinds.size(); i++) {
            b.append(i == 0 ? "\"" : ",\"").append(kinds.get(i)).append('"');
        }
        return request(Op.HELLO.wire(), b.append("],\"queueEveryMs\":").append(queueEveryMs).toString(), timeoutMs);
    }

    boolean active() {
        return channel.isActive();
    }

    ChannelFuture close() {
        return channel.close();
    }

    private static boolean startsWith(ByteBuf buf, byte[] prefix) {
        if (buf.readableBytes() < prefix.length) {
            return false;
        }
        int at = buf.readerIndex();
        for (int i = 0; i < prefix.length; i++) {
            if (buf.getByte(at + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static final class Handler extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        private final Map<String, CompletableFuture<Reply>> pending;
        private final EventSink sink;
        private final CompletableFuture<WsClient> connected;

        Handler(Map<String, CompletableFuture<Reply>> pending, EventSink sink, CompletableFuture<WsClient> connected) {
            this.pending = pending;
            this.sink = sink;
            this.connected = connected;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                connected.complete(new WsClient(ctx.channel(), pending));
            } else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                connected.completeExceptionally(new IOException("WebSocket handshake timed out"));
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) throws Exception {
            long now = System.nanoTime();
            ByteBuf content = frame.content();
            if (startsWith(content, EVENT_PREFIX)) {
                if (sink != null) {
                    sink.onEvent(content, now);
                }
                return;
            }
            JsonNode body = JSON.readTree((java.io.InputStream) new ByteBufInputStream(content));
            JsonNode re = body.get("re");
            CompletableFuture<Reply> f = re == null || re.isNull() ? null : pending.remove(re.asText());
            if (f != null) {
                f.complete(new Reply(body, now));
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            IOException gone = new IOException("connection closed");
            connected.completeExceptionally(gone);
            pending.values().forEach(f -> f.completeExceptionally(gone));
            pending.clear();
            super.channelInactive(ctx);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            connected.completeExceptionally(cause);
            ctx.close();
        }
    }
}
