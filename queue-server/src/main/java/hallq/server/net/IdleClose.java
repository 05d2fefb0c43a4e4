package hallq.server.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection that has sent nothing for {@code idleMillis} (an idle HTTP keep-alive, a WebSocket nobody
 * is behind). Halfway there a WebSocket is sent a ping: a live client's pong is something read, so displays that
 * only listen, and browsers that cannot send pings themselves, stay connected.
 */
final class IdleClose extends IdleStateHandler {
    private static final Logger log = LoggerFactory.getLogger(IdleClose.class);
    private final long idleMillis;

    IdleClose(long idleMillis) {
        super(idleMillis / 2, 0, 0, TimeUnit.MILLISECONDS);
        this.idleMillis = idleMillis;
    }

    @Override
    protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent evt) {
        if (evt.state() != IdleState.READER_IDLE) {
            return;
        }
        Channel ch = ctx.channel();
        if (evt.isFirst()) {
            if (SendBudget.isWebSocket(ch)) {
                ch.writeAndFlush(new PingWebSocketFrame());
            }
            return;
        }
        log.debug("closing {}: nothing from it for {} ms", ch.remoteAddress(), idleMillis);
        ctx.close(); // at once, past the WebSocket handler's wait for its close frame to go
    }
}
