package hallq.server.net;

import hallq.protocol.CaseView;
import hallq.protocol.Json;
import hallq.protocol.event.CaseChanged;
import hallq.protocol.event.EventKind;
import hallq.protocol.hall.Role;
import hallq.server.engine.EncodedEvent;
import hallq.server.engine.HallEngine;
import hallq.server.engine.WireJson;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The case pages' live streams (cases2, issue 18; contract section 10: "shows its state and due date live"): each
 * open {@code /c/{id}} page gets its case at once and again with every change. The hub listens to the hall as a back
 * office of every zone: a {@code case} event carries the case (without its key), which goes as it is to the streams
 * of that case; nothing is read from the hall per event. A case that left the hall's hands (collected, mailed,
 * closed) ends its streams. Budgeted like the ticket pages' streams ({@link TicketStreams}: the same caps, write
 * mark, heartbeat and age), which it follows.
 */
final class CaseStreams extends HallWatcher {
    // the hub loop's alone
    private final Map<String, List<Channel>> watched = new HashMap<>();

    CaseStreams(HallEngine engine, EventExecutor loop) {
        super(engine, loop, "case-pages", Role.BACKOFFICE, Set.of(EventKind.CASE.wire()));
    }

    @Override
    public void deliver(List<Object> outgoing) {
        for (Object o : outgoing) {
            if (o instanceof EncodedEvent e && e.event().data() instanceof CaseChanged c) {
                push(c.caseView());
            }
        }
    }

    /** On {@code ch}'s event loop, the key checked: the stream's head and the case as read, then the hub's. */
    void start(Channel ch, CaseView first, Runnable onClose) {
        ch.closeFuture().addListener(f -> onClose.run());
        IdleClose idle = ch.pipeline().get(IdleClose.class);
        if (idle != null) {
            ch.pipeline().remove(idle);
        }
        ch.config().setWriteBufferWaterMark(new WriteBufferWaterMark(TicketStreams.LOW_WATER,
                TicketStreams.HIGH_WATER));
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        head.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        head.headers().set("X-Accel-Buffering", "no");
        SecurityHeaders.everyResponse(head.headers());
        HttpUtil.setTransferEncodingChunked(head, true);
        ch.write(head);
        boolean ended = first.state().isFinal();
        write(ch, "retry: " + TicketStreams.RETRY_MILLIS + "\n" + frame(first), ended);
        if (ended) {
            return;
        }
        ScheduledFuture<?> beat = ch.eventLoop().scheduleAtFixedRate(() -> {
            if (ch.isActive() && ch.isWritable()) {
                ch.writeAndFlush(new DefaultHttpContent(ByteBufUtil.writeUtf8(ch.alloc(), ":\n\n")));
            }
        }, TicketStreams.HEARTBEAT_MILLIS, TicketStreams.HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> age = ch.eventLoop().schedule(() -> SendBudget.closeNow(ch),
                TicketStreams.MAX_AGE_MILLIS, TimeUnit.MILLISECONDS);
        String id = first.id();
        ch.closeFuture().addListener(f -> {
            beat.cancel(false);
            age.cancel(false);
            loop.execute(() -> remove(id, ch));
        });
        loop.execute(() -> {
            watched.computeIfAbsent(id, k -> new ArrayList<>()).add(ch);
            // a change between the read and now would be missed: the hall's own view of it once more
            engine.query(q -> q.caseView(id)).whenCompleteAsync((now, failure) -> {
                if (failure == null && now.isPresent() && !now.get().equals(first)) {
                    push(now.get());
                }
            }, loop);
        });
    }

    private void remove(String id, Channel ch) {
        List<Channel> list = watched.get(id);
        if (list != null && list.remove(ch) && list.isEmpty()) {
            watched.remove(id);
        }
    }

    /** On the hub loop: the case to each of its streams. */
    private void push(CaseView c) {
        List<Channel> list = watched.get(c.id());
        if (list == null) {
            return;
        }
        String frame = frame(c);
        boolean end = c.state().isFinal();
        for (Channel ch : List.copyOf(list)) {
            ch.eventLoop().execute(() -> {
                if (!ch.isActive()) {
                    return;
                }
                if (!ch.isWritable()) {
                    SendBudget.drop(ch, "its case page does not read its events");
                    return;
                }
                write(ch, frame, end);
            });
        }
        if (end) {
            watched.remove(c.id());
        }
    }

    private static void write(Channel ch, String events, boolean end) {
        if (end) {
            ch.writeAndFlush(new DefaultLastHttpContent(ByteBufUtil.writeUtf8(ch.alloc(),
                    events + "event: end\ndata: {}\n\n"))).addListener(ChannelFutureListener.CLOSE);
        } else {
            ch.writeAndFlush(new DefaultHttpContent(ByteBufUtil.writeUtf8(ch.alloc(), events)));
        }
    }

    /** One SSE event {@code case}, the case without its key on one data line. */
    static String frame(CaseView c) {
        return "event: case\ndata: " + WireJson.text(Json.mapper().valueToTree(c.withoutKey())) + "\n\n";
    }
}
