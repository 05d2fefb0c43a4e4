package hallq.server.net;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;

/**
 * HTTP/1.1 pipelining, one request at a time: a request goes on to the routes only once the answer to the one before
 * it is written whole; those behind it wait here, {@link #MAX_WAITING} at most, and one more closes the connection.
 * Without it the answers of the API, which come asynchronously, could go out in another order than asked, and a
 * client that sends a thousand requests behind one large chunked answer and reads nothing would pile up a thousand
 * answers in the chunked writer's own queue, which the send budget ({@link SendBudget}) never sees. One per channel,
 * on its event loop.
 */
final class OneRequestAtATime extends ChannelDuplexHandler {
    /** No browser pipelines; a terminal never does. */
    static final int MAX_WAITING = 16;

    private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>();
    private boolean answering;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest req)) {
            ctx.fireChannelRead(msg); // WebSocket frames after an upgrade
            return;
        }
        if (!answering) {
            answering = true;
            ctx.fireChannelRead(req);
        } else if (waiting.size() < MAX_WAITING) {
            waiting.add(req);
        } else {
            ReferenceCountUtil.release(req);
            ctx.close();
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof LastHttpContent || msg instanceof HttpChunkedInput) { // a full response is one too
            ChannelPromise p = promise.unvoid();
            p.addListener(f -> next(ctx));
            ctx.write(msg, p);
        } else {
            ctx.write(msg, promise);
        }
    }

    /** The answer is written (or failed): the next request may go on. */
    private void next(ChannelHandlerContext ctx) {
        answering = false;
        FullHttpRequest req = waiting.poll();
        if (req != null && ctx.channel().isActive()) {
            answering = true;
            ctx.fireChannelRead(req);
        } else if (req != null) {
            ReferenceCountUtil.release(req);
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        FullHttpRequest req;
        while ((req = waiting.poll()) != null) {
            ReferenceCountUtil.release(req);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        handlerRemoved(ctx);
        super.channelInactive(ctx);
    }
}
