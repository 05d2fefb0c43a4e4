package hallq.server.net;

import hallq.protocol.ErrorCode;
import hallq.protocol.hall.HallConfig;
import hallq.server.citizen.TicketStatus;
import hallq.server.queue.HallException;
import hallq.server.queue.TicketKey;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ticket's own page behind the paper's QR code (contract section 8): {@code GET /t/{day}/{number}?k={key}} is
 * the page, {@code GET /t/{day}/{number}/events?k={key}} its live status (Server-Sent Events, {@link TicketStreams}).
 * Both only for the holder of the ticket's key: a wrong or missing key, an unknown ticket or a bad date all get the
 * same "page not available" and nothing of any ticket, so that the page tells nobody which tickets exist.
 */
final class TicketPages {
    private static final Pattern PAGE = Pattern.compile("/t/([0-9]{4}-[0-9]{2}-[0-9]{2})/([A-Za-z0-9]{1,16})");
    private static final Pattern EVENTS = Pattern.compile(
            "/t/([0-9]{4}-[0-9]{2}-[0-9]{2})/([A-Za-z0-9]{1,16})/events");
    /** Keys are 22 URL-safe characters; anything far from that is not looked up. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final String PAGE_FILE = "/web/ticket.html";
    private static final String UNAVAILABLE_FILE = "/web/ticket-unavailable.html";

    private final HallConfig hall;
    private final TicketLookup lookup;
    private final TicketStreams streams;
    private final StreamCaps caps;
    private final WebFiles files;
    private final Set<InetAddress> proxies = new HashSet<>();

    TicketPages(HallConfig hall, TicketLookup lookup, TicketStreams streams, StreamCaps caps, WebFiles files) {
        this.hall = hall;
        this.lookup = lookup;
        this.streams = streams;
        this.caps = caps;
        this.files = files;
        for (String p : hall.hall().proxies()) {
            try {
                proxies.add(InetAddress.getByName(p)); // literals only (checked at start): no name lookup
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("hall.proxies: not an IP address", e);
            }
        }
    }

    /** Cases2: the same caps hold the case pages' streams. */
    StreamCaps caps() {
        return caps;
    }

    boolean handles(String path) {
        return PAGE.matcher(path).matches() || EVENTS.matcher(path).matches();
    }

    /** Answers a GET of {@link #handles handled} path. */
    void get(ChannelHandlerContext ctx, boolean keepAlive, FullHttpRequest req, String path, String key) {
        Matcher page = PAGE.matcher(path);
        if (page.matches()) {
            holder(page.group(1), page.group(2), key).whenComplete((found, failure) -> {
                if (failure != null) {
                    HttpApi.internal(ctx, keepAlive, failure);
                } else {
                    boolean shown = found.isPresent();
                    WebFiles.File f = files.find(shown ? PAGE_FILE : UNAVAILABLE_FILE).orElseThrow();
                    FullHttpResponse res = HttpApi.response(shown ? HttpResponseStatus.OK
                            : HttpResponseStatus.NOT_FOUND, Unpooled.wrappedBuffer(f.bytes()), f.type());
                    SecurityHeaders.page(res.headers());
                    HttpApi.send(ctx, keepAlive, res);
                }
            });
            return;
        }
        Matcher events = EVENTS.matcher(path);
        if (!events.matches()) {
            throw new HallException(ErrorCode.NOT_FOUND, "no such page");
        }
        String citizen = citizen(ctx, req);
        // the place first: a flood of streams from one address costs no reads of the hall
        if (!caps.take(citizen)) {
            throw new HallException(ErrorCode.RATE_LIMITED, "TOO_MANY_STREAMS",
                    "too many ticket pages are open: close one, or try again in a moment");
        }
        CompletableFuture<Optional<TicketLookup.Found>> found;
        try {
            found = holder(events.group(1), events.group(2), key);
        } catch (RuntimeException e) {
            caps.giveBack(citizen);
            throw e;
        }
        found.whenComplete((f, failure) -> ctx.executor().execute(() -> {
            if (failure != null || f.isEmpty()) {
                caps.giveBack(citizen);
                if (failure != null) {
                    HttpApi.internal(ctx, keepAlive, failure);
                } else {
                    HttpApi.error(ctx, keepAlive, new HallException(ErrorCode.NOT_FOUND, "NOT_AVAILABLE",
                            "this page is not available"));
                }
                return;
            }
            TicketStreams.TicketId id = new TicketStreams.TicketId(LocalDate.parse(events.group(1)), events.group(2));
            streams.start(ctx.channel(), id, TicketStatus.of(f.get().ticket(), hall), () -> caps.giveBack(citizen));
        }));
    }

    /** The ticket, if {@code key} is its key; empty for anything else (no key, a wrong one, no such ticket or day). */
    private CompletableFuture<Optional<TicketLookup.Found>> holder(String dayText, String number, String key) {
        LocalDate day;
        try {
            day = LocalDate.parse(dayText);
        } catch (DateTimeException e) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        if (key == null || !KEY.matcher(key).matches()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return lookup.find(day, number).thenApply(f -> f.filter(t -> t.key() != null && TicketKey.matches(t.key(), key)));
    }

    /**
     * The citizen's address: the connection's, or when that is one of the hall's reverse proxies
     * ({@code hall.proxies}), the last address the proxy put in {@code X-Forwarded-For} (the ones before it are
     * whatever the phone chose to send).
     */
    String citizen(ChannelHandlerContext ctx, FullHttpRequest req) {
        InetAddress remote = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
        String forwarded = req.headers().get("X-Forwarded-For");
        if (forwarded != null && proxies.contains(remote)) {
            String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
            if (!last.isEmpty() && last.length() <= 45) {
                return last;
            }
        }
        return remote.getHostAddress();
    }
}
