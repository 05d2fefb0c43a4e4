package hallq.server.net;

import hallq.server.log.LogText;
import hallq.server.log.RefusalLog;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.server.engine.WireJson;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Right behind the HTTP decoder: a request it could not decode is never passed on to a route. It is answered 414
 * (request line over {@link #MAX_REQUEST_LINE}), 431 (headers over {@link #MAX_HEADERS}) or 400 (anything else
 * malformed) with a JSON error, and the connection is closed; {@link #refuse} does the same for the handlers behind
 * (a body too large, a foreign Origin). After a refusal everything the client still sends is thrown away.
 */
final class HttpRefusals extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(HttpRefusals.class);
    private static final RefusalLog REFUSALS = new RefusalLog();
    /** Protocol section 7: a URL over 4 KiB is 414 (the line is the method, the URL and the version). */
    static final int MAX_REQUEST_LINE = 4096;
    /** Protocol section 7: a head over 8 KiB is 431. */
    static final int MAX_HEADERS = 8192;
    /**
     * How long a refused connection is kept half-closed, reading and discarding what the client still sends: closing
     * with its unread bytes in our socket would reset the connection, and the client might lose the answer.
     */
    private static final long LINGER_MILLIS = 2_000;
    private static final int MAX_LOGGED = 100;

    private boolean refused;

    /** The HTTP decoder's limits that go with this. */
    static HttpDecoderConfig decoderConfig() {
        return new HttpDecoderConfig().setMaxInitialLineLength(MAX_REQUEST_LINE).setMaxHeaderSize(MAX_HEADERS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (refused) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpObject o && o.decoderResult().isFailure()) {
            Throwable cause = o.decoderResult().cause();
            ReferenceCountUtil.release(msg);
            if (cause instanceof TooLongHttpLineException) {
                refuse(ctx, HttpResponseStatus.REQUEST_URI_TOO_LONG, ErrorCode.BAD_REQUEST,
                        "the request line is over " + MAX_REQUEST_LINE + " bytes");
            } else if (cause instanceof TooLongHttpHeaderException) {
                refuse(ctx, HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, ErrorCode.BAD_REQUEST,
                        "the headers are over " + MAX_HEADERS / 1024 + " KiB");
            } else {
                refuse(ctx, HttpResponseStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST,
                        "malformed request: " + LogText.of(cause.getMessage(), MAX_LOGGED));
            }
            return;
        }
        ctx.fireChannelRead(msg);
    }

    /**
     * Answers {@code status} with {@code {"error":{"code","message"}}}, stops reading requests and closes: our side
     * once the answer is written, the socket {@link #LINGER_MILLIS} later or when the client closes first.
     */
    static void refuse(ChannelHandlerContext ctx, HttpResponseStatus status, ErrorCode code, String message) {
        HttpRefusals self = ctx.pipeline().get(HttpRefusals.class);
        if (self != null) {
            if (self.refused) {
                return;
            }
            self.refused = true;
        }
        Channel ch = ctx.channel();
        int held = REFUSALS.admit();
        if (held >= 0) {
            log.info("refused {} from {}: {}{}", status.code(), ch.remoteAddress(), message,
                    RefusalLog.andMore(held));
        }
        ObjectNode body = Json.mapper().createObjectNode();
        ObjectNode err = body.putObject("error");
        err.put("code", code.name());
        err.put("message", message);
        ByteBuf buf = Unpooled.copiedBuffer(WireJson.text(body), StandardCharsets.UTF_8);
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, buf);
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8")
                .set(HttpHeaderNames.CONTENT_LENGTH, buf.readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        SecurityHeaders.everyResponse(res.headers());
        ctx.writeAndFlush(res).addListener(f -> {
            if (f.isSuccess() && ch instanceof DuplexChannel d && ch.isActive()) {
                d.shutdownOutput();
                ch.eventLoop().schedule(() -> {
                    ch.close();
                }, LINGER_MILLIS, TimeUnit.MILLISECONDS);
            } else {
                ch.close();
            }
        });
    }
}
