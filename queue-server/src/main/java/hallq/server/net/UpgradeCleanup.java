package hallq.server.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.stream.ChunkedWriteHandler;

/**
 * Once a connection is a WebSocket, takes out what only HTTP needs. The chunked writer above all: it holds every
 * write back in a queue of its own while the channel is not writable, where the send budget would not see it.
 */
final class UpgradeCleanup extends ChannelInboundHandlerAdapter {
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        super.userEventTriggered(ctx, evt);
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            ChannelPipeline p = ctx.pipeline();
            p.remove(ChunkedWriteHandler.class);
            p.remove(HttpRefusals.class);
            p.remove(OriginCheck.class);
            p.remove(this);
        }
    }
}
