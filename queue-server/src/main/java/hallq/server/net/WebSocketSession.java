package hallq.server.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.Role;
import hallq.server.engine.Client;
import hallq.server.engine.Command;
import hallq.server.engine.EncodedEvent;
import hallq.server.engine.HallEngine;
import hallq.server.engine.WireJson;
import hallq.server.queue.HallEvent;
import hallq.server.queue.HallException;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection: reads request frames, answers {@code hello}, {@code ping} and {@code stats} itself
 * and hands every other op to the hall thread; writes what the hall thread delivers. A bad frame gets an
 * error reply and the connection stays open.
 */
final class WebSocketSession extends SimpleChannelInboundHandler<WebSocketFrame> implements Client {
    private static final Logger log = LoggerFactory.getLogger(WebSocketSession.class);
    private static final int MAX_ID_LENGTH = 200;
    /** A kiosk wants its waiting counts fresh: more than a minute between them would show a stale hall. */
    private static final long MAX_QUEUE_EVERY_MS = 60_000;

    private final HallEngine engine;
    private final Tokens tokens;
    private final StatsService stats;
    private volatile Channel channel;
    private volatile Device device;

    WebSocketSession(HallEngine engine, Tokens tokens, StatsService stats) {
        this.engine = engine;
        this.tokens = tokens;
        this.stats = stats;
    }

    @Override
    public Device device() {
        return device;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (device != null) {
            engine.submit(new Command.Leave(this));
        }
        super.channelInactive(ctx);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (!(frame instanceof TextWebSocketFrame text)) {
            send(WireJson.error(null, ErrorCode.BAD_REQUEST, null, "send text frames of JSON"));
            return;
        }
        JsonNode req;
        try {
            req = Json.mapper().readTree(text.text());
        } catch (JsonProcessingException e) {
            send(WireJson.error(null, ErrorCode.BAD_REQUEST, null, "not JSON: " + e.getOriginalMessage()));
            return;
        }
        if (req == null || !req.isObject()) {
            send(WireJson.error(null, ErrorCode.BAD_REQUEST, null, "a request is one JSON object"));
            return;
        }
        JsonNode idNode = req.get("id");
        if (idNode == null || !(idNode.isTextual() || idNode.isIntegralNumber()) || idNode.asText().isEmpty()
                || idNode.asText().length() > MAX_ID_LENGTH) {
            send(WireJson.error(null, ErrorCode.BAD_REQUEST, null,
                    "'id' must be a string (or number) of 1 to " + MAX_ID_LENGTH + " characters"));
            return;
        }
        String id = idNode.asText();
        JsonNode opNode = req.get("op");
        if (opNode == null || !opNode.isTextual()) {
            send(WireJson.error(id, ErrorCode.BAD_REQUEST, null, "'op' must be a string"));
            return;
        }
        String op = opNode.textValue();
        if (op.equals("hello")) {
            hello(id, req);
            return;
        }
        Device d = device;
        if (d == null) {
            send(WireJson.error(id, ErrorCode.UNAUTHORIZED, null, "say hello with your device id and token first"));
            return;
        }
        switch (op) {
            case "ping" -> send(WireJson.ok(id));
            case "stats" -> stats(id, d, req);
            default -> engine.submit(new Command.Op(this, null, d, id, op, req));
        }
    }

    private void hello(String id, JsonNode req) {
        JsonNode dev = req.get("device");
        JsonNode token = req.get("token");
        String tokenText = token != null && token.isTextual() ? token.textValue() : null;
        // a browser display knows only its token (GET /display?token=): the token then names the device
        Device d = (dev == null || dev.isNull() ? tokens.bearer(tokenText)
                : tokens.hello(dev.isTextual() ? dev.textValue() : null, tokenText)).orElse(null);
        if (d == null) {
            log.info("hello refused for device {} from {}", dev, channel.remoteAddress());
            send(WireJson.error(id, ErrorCode.UNAUTHORIZED, null, "unknown device or wrong token"));
            return;
        }
        if (device != null && !device.id().equals(d.id())) {
            send(WireJson.error(id, ErrorCode.CONFLICT, null, "this connection already belongs to " + device.id()));
            return;
        }
        java.util.Set<String> events = null;
        JsonNode wanted = req.get("events");
        if (wanted != null && !wanted.isNull()) {
            events = new java.util.HashSet<>();
            for (JsonNode k : wanted.isArray() ? wanted : Json.mapper().createArrayNode().add(wanted)) {
                if (!k.isTextual() || !HallEvent.KINDS.contains(k.textValue())) {
                    send(WireJson.error(id, ErrorCode.BAD_REQUEST, null,
                            "'events' is an array of event kinds " + HallEvent.KINDS));
                    return;
                }
                events.add(k.textValue());
            }
        }
        JsonNode every = req.get("queueEveryMs");
        long queueEveryMs = 0;
        if (every != null && !every.isNull()) {
            if (!every.canConvertToLong() || !every.isIntegralNumber() || every.asLong() < 0
                    || every.asLong() > MAX_QUEUE_EVERY_MS) {
                send(WireJson.error(id, ErrorCode.BAD_REQUEST, null,
                        "'queueEveryMs' is a whole number of milliseconds from 0 to " + MAX_QUEUE_EVERY_MS));
                return;
            }
            queueEveryMs = every.asLong();
        }
        device = d;
        engine.submit(new Command.Hello(this, d, id, events, queueEveryMs));
    }

    private void stats(String id, Device d, JsonNode req) {
        if (d.role() != Role.MANAGER) {
            send(WireJson.error(id, ErrorCode.FORBIDDEN, null, "'stats' is for the manager"));
            return;
        }
        java.time.LocalDate[] period;
        try {
            period = StatsService.period(text(req, "from"), text(req, "to"));
        } catch (HallException e) {
            send(WireJson.error(id, e.code(), e.reason(), e.getMessage()));
            return;
        }
        stats.stats(period[0], period[1]).whenComplete((result, failure) -> {
            if (failure != null) {
                log.error("stats failed", failure);
                send(WireJson.error(id, ErrorCode.INTERNAL, null, "statistics could not be read"));
            } else {
                ObjectNode reply = WireJson.ok(id);
                reply.setAll((ObjectNode) Json.mapper().valueToTree(result));
                send(reply);
            }
        });
    }

    private static String text(JsonNode req, String field) {
        JsonNode v = req.get(field);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    private void send(ObjectNode reply) {
        channel.writeAndFlush(new TextWebSocketFrame(WireJson.text(reply)));
    }

    @Override
    public Executor writer() {
        return channel.eventLoop();
    }

    /** On the channel's event loop: writes the whole batch, then flushes once. */
    @Override
    public void deliver(List<Object> outgoing) {
        Channel ch = channel;
        if (!ch.isActive()) {
            return;
        }
        if (!ch.isWritable()) {
            // half its send budget unread: a stuck client must not hold the hall's memory, nor be waited for
            SendBudget.drop(ch, "it does not read its events");
            return;
        }
        for (Object o : outgoing) {
            if (o instanceof EncodedEvent e) {
                ch.write(Unpooled.wrappedBuffer(e.frame())); // already a frame: passes the frame encoder
            } else {
                ch.write(new TextWebSocketFrame(ByteBufUtil.writeUtf8(ch.alloc(), (String) o)));
            }
        }
        ch.flush();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            ctx.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.MESSAGE_TOO_BIG, "frame over 64 KiB"))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        log.debug("connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
