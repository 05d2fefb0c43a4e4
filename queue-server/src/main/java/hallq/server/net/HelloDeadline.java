package hallq.server.net;

import hallq.server.log.RefusalLog;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a WebSocket that has not passed its hello {@code helloMillis} after the upgrade: a connection that never
 * says who it is only holds a socket (and its share of the per-address cap).
 */
final class HelloDeadline extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(HelloDeadline.class);
    private static final RefusalLog CLOSES = new RefusalLog();
    private final long helloMillis;
    private ScheduledFuture<?> deadline;

    HelloDeadline(long helloMillis) {
        this.helloMillis = helloMillis;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete && deadline == null) {
            Channel ch = ctx.channel();
            deadline = ctx.executor().schedule(() -> check(ch), helloMillis, TimeUnit.MILLISECONDS);
        }
        super.userEventTriggered(ctx, evt);
    }

    private void check(Channel ch) {
        WebSocketSession session = ch.pipeline().get(WebSocketSession.class);
        if (!ch.isActive() || session == null || session.device() != null) {
            return;
        }
        int held = CLOSES.admit();
        if (held >= 0) {
            log.info("closing {}: no hello within {} ms{}", ch.remoteAddress(), helloMillis,
                    RefusalLog.andMore(held));
        }
        ch.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.POLICY_VIOLATION,
                "say hello within " + helloMillis + " ms"));
        SendBudget.closeNow(ch);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (deadline != null) {
            deadline.cancel(false);
        }
        super.channelInactive(ctx);
    }
}
