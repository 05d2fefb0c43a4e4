package hallq.server.net;

import hallq.server.log.RefusalLog;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.FileRegion;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.util.ReferenceCountUtil;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the bytes a channel has queued that its socket has not taken yet, against the channel's own budget and
 * against one {@link Total} shared by all channels. A client whose write would take it past its own budget is
 * dropped instead of the write queued. When all clients together pass three quarters of theirs, the one holding
 * the most is dropped, and a write that would pass the whole of it is not queued either (its client is dropped):
 * so a client that does not read never holds more than its budget, nor all of them together more than theirs.
 * It sits next to the socket, where every message is the bytes that will be sent; a write counts until its promise
 * completes, so the count is what the channels really hold, a dropped one's until it is closed. An event's payload
 * over 1 KiB reaches it as a view of one buffer shared by all channels (see {@code EncodedEvent}), and counts in full
 * in each channel that has it queued: the memory is held once, but each channel's backlog is its own, and a client is
 * judged by what it has not taken.
 */
final class SendBudget extends ChannelOutboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(SendBudget.class);
    private static final RefusalLog DROPS = new RefusalLog();
    /**
     * What a queued write costs beside its bytes, as Netty itself counts it (ChannelOutboundBuffer's entry), so that
     * a flood of tiny replies is counted for what it holds.
     */
    private static final int ENTRY_OVERHEAD = 96;

    /** Fails the writes refused to a dropped client; the drop itself is what is logged. */
    private static final ClosedChannelException DROPPED = new ClosedChannelException() {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    };

    private final Total total;
    private final int perClient;
    private ChannelHandlerContext ctx;
    // changed on the channel's event loop only (writes and their promises), read by others looking for the biggest
    private volatile long unsent;
    private final AtomicBoolean dropped = new AtomicBoolean();
    // what this channel held when it was dropped: counted as on its way out until the channel is gone
    private volatile long leaving;
    // event loop only: a drop's close frame passes
    private boolean farewell;

    SendBudget(Total total, int perClient) {
        this.total = total;
        this.perClient = perClient;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        total.channels.add(this);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        // the channel is closed: every write it held has failed and been given back
        total.channels.remove(this);
        if (dropped.get()) {
            total.leaving.addAndGet(-leaving);
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        long bytes = size(msg);
        if (bytes == 0 || farewell) {
            ctx.write(msg, promise);
            return;
        }
        long size = bytes + ENTRY_OVERHEAD;
        if (!admit(size)) {
            ReferenceCountUtil.release(msg);
            promise.tryFailure(DROPPED);
            return;
        }
        unsent += size;
        ChannelPromise p = promise.unvoid();
        p.addListener(f -> {
            unsent -= size;
            total.free(size);
        });
        ctx.write(msg, p);
    }

    /** On the event loop: whether {@code size} more may be queued here; if so it has been counted in the total. */
    private boolean admit(long size) {
        if (dropped.get()) {
            return false;
        }
        // one reply larger than the budget (a big stats reply: a frame's head, then its payload) still goes to a
        // client that holds next to nothing, as little as makes it writable again
        if (unsent > perClient / 8 && unsent + size > perClient) {
            drop("more than " + perClient / 1024 + " KiB unsent");
            return false;
        }
        if (!total.reserve(size)) {
            SendBudget hog = total.biggest();
            if (hog != null && hog != this) {
                hog.drop(total.overMessage());
            }
            drop("all clients' unsent bytes are at their budget of " + total.budget / 1024 + " KiB");
            return false;
        }
        if (total.unsent() - total.leaving.get() > total.dropFrom) {
            SendBudget hog = total.biggest();
            if (hog == this) {
                total.free(size);
                drop(total.overMessage());
                return false;
            }
            if (hog != null) {
                hog.drop(total.overMessage());
            }
        }
        return true;
    }

    /**
     * Drops the client, from any thread: nothing more is queued for it, and on its event loop it is sent a close
     * 1008 "too slow" (if a WebSocket, and if it can still take it) and closed, which frees what it held.
     */
    void drop(String why) {
        if (!dropped.compareAndSet(false, true)) {
            return;
        }
        leaving = unsent;
        total.leaving.addAndGet(leaving);
        Channel ch = ctx.channel();
        int held = DROPS.admit();
        if (held >= 0) {
            WebSocketSession s = ch.pipeline().get(WebSocketSession.class);
            String device = s == null || s.device() == null ? "-" : s.device().id();
            log.warn("dropping {} ({}): {}{}", ch.remoteAddress(), device, why,
                    RefusalLog.andMore(held));
        }
        if (ctx.executor().inEventLoop()) {
            farewell(ch);
        } else {
            ctx.executor().execute(() -> farewell(ch));
        }
    }

    private void farewell(Channel ch) {
        if (isWebSocket(ch)) {
            farewell = true;
            try {
                ch.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.POLICY_VIOLATION, "too slow"));
            } finally {
                farewell = false;
            }
        }
        ctx.close(); // from here, past the WebSocket handler: it would wait up to 10 s for its close frame to go
    }

    /**
     * Closes {@code ch} at once: a close from the end of the pipeline would pass the WebSocket handler, which
     * first waits (up to 10 s) for its close frame to be taken, and a client that takes nothing holds its memory
     * all that time.
     */
    static void closeNow(Channel ch) {
        ChannelHandlerContext c = ch.pipeline().context(SendBudget.class);
        if (c != null) {
            c.close();
        } else {
            ch.close();
        }
    }

    /** Drops the client of {@code ch} (on any thread). */
    static void drop(Channel ch, String why) {
        SendBudget b = ch.pipeline().get(SendBudget.class);
        if (b != null) {
            b.drop(why);
        } else {
            closeNow(ch);
        }
    }

    static boolean isWebSocket(Channel ch) {
        return ch.pipeline().get(WebSocketFrameEncoder.class) != null;
    }

    private static long size(Object msg) {
        if (msg instanceof ByteBuf b) {
            return b.readableBytes();
        }
        if (msg instanceof ByteBufHolder h) {
            return h.content().readableBytes();
        }
        if (msg instanceof FileRegion r) {
            return r.count() - r.transferred();
        }
        return 0;
    }

    /** The budget of all channels together, and the channels that share it. */
    static final class Total {
        private final long budget;
        /** Past this the biggest client is dropped, so that the budget itself is not reached while it goes. */
        private final long dropFrom;
        private final AtomicLong unsent = new AtomicLong();
        /** Held by dropped channels that are not closed yet: on its way out, not a reason to drop another. */
        private final AtomicLong leaving = new AtomicLong();
        private final LongAccumulator peak = new LongAccumulator(Math::max, 0);
        private final Set<SendBudget> channels = ConcurrentHashMap.newKeySet();

        Total(long budget) {
            this.budget = budget;
            this.dropFrom = budget / 4 * 3;
        }

        private boolean reserve(long n) {
            while (true) {
                long u = unsent.get();
                if (u + n > budget) {
                    return false;
                }
                if (unsent.compareAndSet(u, u + n)) {
                    peak.accumulate(u + n);
                    return true;
                }
            }
        }

        private void free(long n) {
            unsent.addAndGet(-n);
        }

        private String overMessage() {
            return "all clients' unsent bytes are past " + dropFrom / 1024 + " KiB (of " + budget / 1024
                    + " KiB), and this one holds the most";
        }

        /** The channel holding the most unsent bytes that is not being dropped already, or null if none holds any. */
        private SendBudget biggest() {
            SendBudget most = null;
            long max = 0;
            for (SendBudget b : channels) {
                long u = b.unsent;
                if (u > max && !b.dropped.get()) {
                    max = u;
                    most = b;
                }
            }
            return most;
        }

        long unsent() {
            return unsent.get();
        }

        /** The most that was ever unsent at once. */
        long peak() {
            return peak.get();
        }

        long budget() {
            return budget;
        }
    }
}
