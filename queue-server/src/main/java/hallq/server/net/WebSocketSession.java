package hallq.server.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Op;
import hallq.protocol.hall.Device;
import hallq.server.engine.Client;
import hallq.server.engine.Command;
import hallq.server.engine.EncodedEvent;
import hallq.server.engine.HallEngine;
import hallq.server.engine.OpArguments;
import hallq.server.engine.WireJson;
import hallq.server.queue.HallEvent;
import hallq.server.queue.HallException;
import hallq.server.log.LogText;
import hallq.server.log.RefusalLog;
import io.netty.buffer.ByteBufUtil;
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
    /** A kiosk wants its waiting counts fresh: more than a minute between them would show a stale hall. */
    private static final long MAX_QUEUE_EVERY_MS = 60_000;

    private final HallEngine engine;
    private final Tokens tokens;
    private final StatsService stats;
    private volatile Channel channel;
    private volatile Device device;
    /** This connection's refusals in the log. */
    private final RefusalLog refusals = new RefusalLog();

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
    public boolean open() {
        Channel ch = channel;
        return ch != null && ch.isActive();
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
            refuse(null, new HallException(ErrorCode.BAD_REQUEST, "send text frames of JSON"));
            return;
        }
        JsonNode req;
        try {
            req = Json.readWhole(text.text());
        } catch (JsonProcessingException e) {
            refuse(null, new HallException(ErrorCode.BAD_REQUEST, "not JSON: "
                    + LogText.of(e.getOriginalMessage(), 100)));
            return;
        }
        if (req == null || !req.isObject()) {
            refuse(null, new HallException(ErrorCode.BAD_REQUEST, "a request is one JSON object"));
            return;
        }
        String id = null;
        try {
            id = OpArguments.requestId(req);
            String name = OpArguments.op(req);
            Op op = Op.fromWire(name).orElse(null);
            JsonNode args = op == null ? null : OpArguments.checked(op, req);
            if (op == Op.HELLO) {
                hello(id, req);
                return;
            }
            Device d = device;
            if (d == null) {
                throw new HallException(ErrorCode.UNAUTHORIZED, "say hello with your device id and token first");
            }
            if (op == null) {
                throw new HallException(ErrorCode.UNKNOWN_OP, "unknown op '" + name + "'");
            }
            // the one role check: Op's table says who may send what
            if (!op.allows(d.role())) {
                throw new HallException(ErrorCode.FORBIDDEN, "'" + op + "' is not for a " + d.role().wire());
            }
            switch (op) {
                case PING -> ping(id);
                case STATS -> stats(id, args);
                default -> engine.submit(new Command.Op(this, null, d, id, op, args));
            }
        } catch (HallException e) {
            refuse(id, e);
        }
    }

    /** {@code ping} reports the hall's health: ok only while the hall thread turns (contract section 7). */
    private void ping(String id) {
        if (!engine.healthy()) {
            throw new HallException(ErrorCode.INTERNAL, "STALLED", "the hall is not answering: it is being restarted");
        }
        send(WireJson.ok(id));
    }

    /** Answers a refusal made here; the log hears of this connection's refusals at most once a second. */
    private void refuse(String id, HallException e) {
        send(WireJson.error(id, e.code(), e.reason(), e.getMessage()));
        int held = refusals.admit();
        if (held >= 0) {
            log.info("refused from {} ({}): {} {}{}", channel.remoteAddress(), device == null ? "no hello"
                    : device.id(), e.code(), LogText.of(e.getMessage()), RefusalLog.andMore(held));
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
            throw new HallException(ErrorCode.UNAUTHORIZED, "unknown device or wrong token");
        }
        if (device != null && !device.id().equals(d.id())) {
            throw new HallException(ErrorCode.CONFLICT, "this connection already belongs to " + device.id());
        }
        java.util.Set<String> events = null;
        JsonNode wanted = req.get("events");
        if (wanted != null && !wanted.isNull()) {
            events = new java.util.HashSet<>();
            for (JsonNode k : wanted.isArray() ? wanted : Json.mapper().createArrayNode().add(wanted)) {
                if (!k.isTextual() || !HallEvent.KINDS.contains(k.textValue())) {
                    throw new HallException(ErrorCode.BAD_REQUEST, "'events' is an array of event kinds "
                            + HallEvent.KINDS);
                }
                events.add(k.textValue());
            }
        }
        JsonNode every = req.get("queueEveryMs");
        long queueEveryMs = 0;
        if (every != null && !every.isNull()) {
            if (!every.canConvertToLong() || !every.isIntegralNumber() || every.asLong() < 0
                    || every.asLong() > MAX_QUEUE_EVERY_MS) {
                throw new HallException(ErrorCode.BAD_REQUEST,
                        "'queueEveryMs' is a whole number of milliseconds from 0 to " + MAX_QUEUE_EVERY_MS);
            }
            queueEveryMs = every.asLong();
        }
        // set before the hall can deliver to it (it reads device() for every event); undone if the hall refuses it
        Device before = device;
        device = d;
        try {
            engine.submit(new Command.Hello(this, d, id, events, queueEveryMs));
        } catch (HallException | IllegalStateException e) {
            device = before;
            throw e;
        }
    }

    private void stats(String id, JsonNode req) {
        java.time.LocalDate[] period = StatsService.period(text(req, "from"), text(req, "to"));
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
                // Netty's own frame over a view of the one shared encoding: through the encoder (and any
                // extension) like every other frame, with no copy of its own until the encoder writes it out
                ch.write(new TextWebSocketFrame(e.payload()));
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
