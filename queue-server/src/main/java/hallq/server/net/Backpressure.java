package hallq.server.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A channel that cannot be written to is not read: its requests would only make more replies to queue. Reading
 * starts again when it can be written to. If meanwhile it takes nothing at all for {@code noProgressMillis} (a
 * client that has stopped reading, not one on a slow link), it is dropped.
 */
final class Backpressure extends ChannelInboundHandlerAdapter {
    private final long noProgressMillis;
    private ScheduledFuture<?> watch;
    private long leftAtLastLook;

    Backpressure(long noProgressMillis) {
        this.noProgressMillis = noProgressMillis;
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        Channel ch = ctx.channel();
        boolean writable = ch.isWritable();
        ch.config().setAutoRead(writable);
        if (!writable && watch == null) {
            leftAtLastLook = ch.bytesBeforeWritable();
            watch = ctx.executor().schedule(() -> look(ch), noProgressMillis, TimeUnit.MILLISECONDS);
        } else if (writable && watch != null) {
            watch.cancel(false);
            watch = null;
        }
        ctx.fireChannelWritabilityChanged();
    }

    private void look(Channel ch) {
        watch = null;
        if (ch.isWritable() || !ch.isActive()) {
            return;
        }
        long left = ch.bytesBeforeWritable();
        if (left >= leftAtLastLook) {
            SendBudget.drop(ch, "it has taken nothing for " + noProgressMillis + " ms");
            return;
        }
        leftAtLastLook = left;
        watch = ch.eventLoop().schedule(() -> look(ch), noProgressMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (watch != null) {
            watch.cancel(false);
            watch = null;
        }
        super.channelInactive(ctx);
    }
}
