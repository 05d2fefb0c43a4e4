package hallq.server.net;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.protocol.TicketView;
import hallq.server.citizen.TicketStatus;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ticket pages' live streams (Server-Sent Events, contract section 8): each open page gets its ticket's
 * {@link TicketStatus} at once and again whenever it changes, nothing else. One hub for all of them listens to the
 * hall's events like a display does (one subscription, whatever the number of phones); after a batch whose events
 * concern a zone, it reads the watched tickets of that zone in one query and writes to each stream whose status
 * differs from the last it was sent. All its own state is on one event loop ({@link #writer()}).
 *
 * <p>A stream is a budgeted client (contract section 7): it passes the same {@link SendBudget} and
 * {@link Backpressure} as every connection, and with a small write-buffer mark of its own a phone that stops reading
 * is dropped once {@link #HIGH_WATER} bytes wait for it. A phone sends nothing after its request, so the silence
 * rule ({@link IdleClose}) does not apply to it: instead a comment goes every {@link #HEARTBEAT_MILLIS} (proxies close
 * quiet connections) and the stream is closed after {@link #MAX_AGE_MILLIS}, which the page's EventSource answers by
 * reconnecting, so that a phone gone without a word holds its place that long at most.
 */
final class TicketStreams extends HallWatcher {
    private static final Logger log = LoggerFactory.getLogger(TicketStreams.class);
    static final long HEARTBEAT_MILLIS = 25_000;
    static final long MAX_AGE_MILLIS = 10 * 60_000;
    /** A status is some 400 bytes: a phone 16 KiB behind has missed forty of them and is not reading. */
    static final int LOW_WATER = 4 * 1024;
    static final int HIGH_WATER = 16 * 1024;
    /** How soon the page's EventSource reconnects after a dropped stream. */
    static final int RETRY_MILLIS = 3_000;

    /** A ticket by its day and number. */
    record TicketId(LocalDate day, String number) {
    }

    /** The open streams of one ticket, and the zone it was last in (a transfer moves it). */
    private static final class Watched {
        String zone;
        final List<Stream> streams = new ArrayList<>();
    }

    /** One page's stream; {@code last} is what it was sent last (hub loop only, after its start). */
    private static final class Stream {
        final Channel channel;
        TicketStatus last;

        Stream(Channel channel, TicketStatus first) {
            this.channel = channel;
            this.last = first;
        }
    }

    // the hub loop's alone
    private final Map<TicketId, Watched> watched = new HashMap<>();
    private final Set<String> dirtyZones = new HashSet<>();
    private boolean allDirty;
    private boolean asking;

    TicketStreams(HallEngine engine, EventExecutor loop) {
        super(engine, loop, "ticket-pages");
    }

    /** On the hub loop: the hall's hello answer, then events; an event marks its zones for a fresh look. */
    @Override
    public void deliver(List<Object> outgoing) {
        for (Object o : outgoing) {
            if (o instanceof EncodedEvent e) {
                Set<String> zones = e.event().zones();
                if (zones.isEmpty()) {
                    allDirty = true;
                } else {
                    dirtyZones.addAll(zones);
                }
            } else if (o instanceof String reply && !ok(reply)) {
                // the hello's batch failed to reach the disk: the hall did not subscribe the hub
                loop.schedule(this::subscribe, 1, TimeUnit.SECONDS);
            }
        }
        refresh();
    }

    private static boolean ok(String reply) {
        try {
            JsonNode n = Json.mapper().readTree(reply);
            return n.path("ok").asBoolean() || !n.has("ok");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return true;
        }
    }

    /**
     * On {@code ch}'s event loop, its ticket's key checked: answers the request with the stream's head and its first
     * status, makes the channel a stream, and hands it to the hub. {@code onClose} runs when the connection closes.
     */
    void start(Channel ch, TicketId id, TicketStatus first, Runnable onClose) {
        ch.closeFuture().addListener(f -> onClose.run());
        IdleClose idle = ch.pipeline().get(IdleClose.class);
        if (idle != null) {
            ch.pipeline().remove(idle);
        }
        ch.config().setWriteBufferWaterMark(new WriteBufferWaterMark(LOW_WATER, HIGH_WATER));
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        head.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        head.headers().set("X-Accel-Buffering", "no"); // nginx: pass each event on at once, whatever its config says
        SecurityHeaders.everyResponse(head.headers());
        HttpUtil.setTransferEncodingChunked(head, true);
        ch.write(head);
        boolean ended = first.ended();
        write(ch, "retry: " + RETRY_MILLIS + "\n" + frame(first), ended);
        if (ended) {
            return;
        }
        ScheduledFuture<?> beat = ch.eventLoop().scheduleAtFixedRate(() -> {
            if (ch.isActive() && ch.isWritable()) {
                ch.writeAndFlush(new DefaultHttpContent(ByteBufUtil.writeUtf8(ch.alloc(), ":\n\n")));
            }
        }, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> age = ch.eventLoop().schedule(() -> SendBudget.closeNow(ch), MAX_AGE_MILLIS,
                TimeUnit.MILLISECONDS);
        Stream s = new Stream(ch, first);
        ch.closeFuture().addListener(f -> {
            beat.cancel(false);
            age.cancel(false);
            loop.execute(() -> remove(id, s));
        });
        loop.execute(() -> {
            Watched w = watched.computeIfAbsent(id, k -> new Watched());
            w.zone = first.zone();
            w.streams.add(s);
            // an event between the status read and now would be missed: look once more
            dirtyZones.add(first.zone());
            refresh();
        });
    }

    private void remove(TicketId id, Stream s) {
        Watched w = watched.get(id);
        if (w != null && w.streams.remove(s) && w.streams.isEmpty()) {
            watched.remove(id);
        }
    }

    /** Streams the hub holds now (for tests; on any thread, a moment's view). */
    CompletableFuture<Integer> watching() {
        CompletableFuture<Integer> n = new CompletableFuture<>();
        loop.execute(() -> n.complete(watched.values().stream().mapToInt(w -> w.streams.size()).sum()));
        return n;
    }

    /** On the hub loop: reads the statuses of the watched tickets in the zones marked, one query at a time. */
    private void refresh() {
        if (asking || !open() || (!allDirty && dirtyZones.isEmpty())) {
            return;
        }
        List<TicketId> ids = new ArrayList<>();
        for (Map.Entry<TicketId, Watched> e : watched.entrySet()) {
            if (allDirty || dirtyZones.contains(e.getValue().zone)) {
                ids.add(e.getKey());
            }
        }
        allDirty = false;
        dirtyZones.clear();
        if (ids.isEmpty()) {
            return;
        }
        asking = true;
        CompletableFuture<Map<TicketId, TicketView>> views;
        try {
            views = engine.query(q -> {
                Map<TicketId, TicketView> m = new HashMap<>();
                for (TicketId id : ids) {
                    q.ticket(id.day(), id.number()).ifPresent(v -> m.put(id, v));
                }
                return m;
            });
        } catch (RuntimeException e) {
            again(e);
            return;
        }
        views.whenCompleteAsync((found, failure) -> {
            if (failure != null) {
                again(failure);
                return;
            }
            asking = false;
            push(found);
            refresh();
        }, loop);
    }

    /** The hall could not be read (busy, or rebuilding): everything is looked at again in a second. */
    private void again(Throwable why) {
        asking = false;
        allDirty = true;
        log.debug("ticket pages: the hall could not be read ({}); again in a second", why.toString());
        if (open()) {
            loop.schedule(this::refresh, 1, TimeUnit.SECONDS);
        }
    }

    private void push(Map<TicketId, TicketView> found) {
        for (Map.Entry<TicketId, TicketView> e : found.entrySet()) {
            Watched w = watched.get(e.getKey());
            if (w == null) {
                continue;
            }
            TicketStatus status = TicketStatus.of(e.getValue(), engine.hall());
            w.zone = status.zone();
            String frame = null;
            for (Stream s : w.streams) {
                if (!status.equals(s.last)) {
                    s.last = status;
                    frame = frame == null ? frame(status) : frame;
                    String text = frame;
                    s.channel.eventLoop().execute(() -> send(s.channel, text, status.ended()));
                }
            }
        }
    }

    /** On the stream's event loop: a status, unless the phone has stopped reading (then it is dropped). */
    private static void send(Channel ch, String frame, boolean end) {
        if (!ch.isActive()) {
            return;
        }
        if (!ch.isWritable()) {
            SendBudget.drop(ch, "its ticket page does not read its events");
            return;
        }
        write(ch, frame, end);
    }

    /** Writes one or more events; {@code end}: then the stream's end, which the page answers by closing. */
    private static void write(Channel ch, String events, boolean end) {
        if (end) {
            ch.writeAndFlush(new DefaultLastHttpContent(ByteBufUtil.writeUtf8(ch.alloc(),
                    events + "event: end\ndata: {}\n\n"))).addListener(ChannelFutureListener.CLOSE);
        } else {
            ch.writeAndFlush(new DefaultHttpContent(ByteBufUtil.writeUtf8(ch.alloc(), events)));
        }
    }

    /** One SSE event {@code status}; JSON has no raw newline, so it is one data line. */
    static String frame(TicketStatus status) {
        return "event: status\ndata: " + WireJson.text(Json.mapper().valueToTree(status)) + "\n\n";
    }
}
