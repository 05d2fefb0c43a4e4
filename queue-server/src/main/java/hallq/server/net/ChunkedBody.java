package hallq.server.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.stream.ChunkedInput;
import io.netty.handler.stream.ChunkedWriteHandler;

/**
 * A response body over {@link #CHUNK} goes out a chunk at a time through the {@link ChunkedWriteHandler}, as the
 * client takes it: the rest waits in the heap (a web file is shared by all who load it) instead of being copied
 * whole into a direct buffer per client, and a download on a slow link is a client making progress, not one
 * holding a megabyte of the send budget.
 */
final class ChunkedBody implements ChunkedInput<ByteBuf> {
    static final int CHUNK = 16 * 1024;

    private final ByteBuf body;
    private final long length;

    private ChunkedBody(ByteBuf body) {
        this.body = body;
        this.length = body.readableBytes();
    }

    /** Writes and flushes {@code res}, its body in chunks when it is large. */
    static ChannelFuture write(ChannelHandlerContext ctx, FullHttpResponse res) {
        if (res.content().readableBytes() <= CHUNK || ctx.pipeline().get(ChunkedWriteHandler.class) == null) {
            return ctx.writeAndFlush(res);
        }
        ctx.write(new DefaultHttpResponse(res.protocolVersion(), res.status(), res.headers()));
        return ctx.writeAndFlush(new HttpChunkedInput(new ChunkedBody(res.content())));
    }

    @Override
    public boolean isEndOfInput() {
        return !body.isReadable();
    }

    @Override
    public void close() {
        body.release();
    }

    @Override
    public ByteBuf readChunk(ChannelHandlerContext ctx) {
        return readChunk(ctx.alloc());
    }

    @Override
    public ByteBuf readChunk(ByteBufAllocator allocator) {
        return body.isReadable() ? body.readRetainedSlice(Math.min(CHUNK, body.readableBytes())) : null;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public long progress() {
        return length - body.readableBytes();
    }
}
