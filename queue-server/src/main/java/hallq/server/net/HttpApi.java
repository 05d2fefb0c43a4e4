package hallq.server.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Op;
import hallq.protocol.PublicTicket;
import hallq.protocol.TicketView;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.Role;
import hallq.server.engine.Command;
import hallq.server.engine.HallEngine;
import hallq.server.engine.OpArguments;
import hallq.server.engine.WireJson;
import hallq.server.queue.HallException;
import hallq.server.queue.HallQueue;
import hallq.server.queue.TicketKey;
import hallq.server.log.LogText;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP side of protocol section 5. Requests for {@code /ws} never get here: the upgrade handler takes them. */
@ChannelHandler.Sharable
final class HttpApi extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
    private static final Pattern TICKET_PATH = Pattern.compile("/api/tickets/([A-Za-z0-9]{1,16})");
    private static final Pattern FOLLOW_UP_PATH = Pattern.compile("/api/followups/([^/]+)/([A-Za-z0-9]{1,16})");
    // cases (issue 18)
    private static final Pattern CASE_PATH = Pattern.compile("/api/cases/([0-9]{8}-[A-Z0-9]{1,16})");
    private static final Pattern CASE_CHANGE_PATH =
            Pattern.compile("/api/cases/([0-9]{8}-[A-Z0-9]{1,16})/(ready|returned|mailed)");
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final HallEngine engine;
    private final Tokens tokens;
    private final StatsService stats;
    private final FollowUpApi followUps;
    private final WebFiles files = new WebFiles();
    private final TicketLookup lookup;
    private final TicketPages ticketPages;
    /** Bookings (contract section 9). */
    private final BookingApi bookings;
    /** Cases (issue 18). */
    private final CaseApi cases;

    HttpApi(HallEngine engine, Tokens tokens, StatsService stats, FollowUpApi followUps, TicketLookup lookup,
            TicketPages ticketPages) {
        this.engine = engine;
        this.tokens = tokens;
        this.stats = stats;
        this.followUps = followUps;
        this.lookup = lookup;
        this.ticketPages = ticketPages;
        this.bookings = new BookingApi(engine);
        this.cases = new CaseApi(engine, stats);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        QueryStringDecoder uri = new QueryStringDecoder(req.uri());
        String path = uri.path();
        HttpMethod method = req.method();
        try {
            Matcher ticket = TICKET_PATH.matcher(path);
            Matcher followUp = FOLLOW_UP_PATH.matcher(path);
            if (path.equals("/healthz") && method.equals(HttpMethod.GET)) {
                ObjectNode n = Json.mapper().createObjectNode();
                boolean healthy = engine.healthy();
                n.put("status", healthy ? "ok" : "stalled");
                n.put("seq", engine.seq());
                // the hall's time, for a browser whose own clock or zone differs (the dashboard's timers)
                Instant now = engine.clock().instant();
                n.put("now", Json.time(now, engine.zoneId()));
                n.put("today", LocalDate.ofInstant(now, engine.zoneId()).toString());
                json(ctx, keepAlive, healthy ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE, n);
            } else if (path.equals("/api/snapshot") && method.equals(HttpMethod.GET)) {
                reply(ctx, keepAlive, lookup.anonymousRead(q -> Json.mapper().valueToTree(
                        WireJson.snapshot(q.snapshot(), engine.hall(), null, engine.zoneId()))));
            } else if (ticket.matches() && method.equals(HttpMethod.GET)) {
                ticket(ctx, keepAlive, ticket.group(1), param(uri, "day"), param(uri, "k"));
            } else if (path.equals("/api/tickets") && method.equals(HttpMethod.POST)) {
                issue(ctx, keepAlive, req);
            } else if (path.equals("/api/stats") && method.equals(HttpMethod.GET)) {
                authorize(req, Role.MANAGER);
                LocalDate[] p = StatsService.period(param(uri, "from"), param(uri, "to"));
                reply(ctx, keepAlive, stats.stats(p[0], p[1]).thenApply(r -> Json.mapper().valueToTree(r)));
            } else if (path.equals("/api/stats.csv") && method.equals(HttpMethod.GET)) {
                authorize(req, Role.MANAGER);
                LocalDate[] p = StatsService.period(param(uri, "from"), param(uri, "to"));
                stats.csv(p[0], p[1]).whenComplete((csv, failure) -> {
                    if (failure != null) {
                        internal(ctx, keepAlive, failure);
                    } else {
                        FullHttpResponse res = response(HttpResponseStatus.OK,
                                Unpooled.copiedBuffer(csv, StandardCharsets.UTF_8), "text/csv; charset=utf-8");
                        res.headers().set(HttpHeaderNames.CONTENT_DISPOSITION,
                                "attachment; filename=\"hallq-" + p[0] + "-" + p[1] + ".csv\"");
                        send(ctx, keepAlive, res);
                    }
                });
            } else if (path.equals("/api/appraisal") && method.equals(HttpMethod.GET)) {
                // rating (issue 20): the month's 月度考评, and as CSV
                authorize(req, Role.MANAGER);
                reply(ctx, keepAlive, stats.appraisal(StatsService.month(param(uri, "month")))
                        .thenApply(r -> Json.mapper().valueToTree(r)));
            } else if (path.equals("/api/appraisal.csv") && method.equals(HttpMethod.GET)) {
                authorize(req, Role.MANAGER);
                java.time.YearMonth month = StatsService.month(param(uri, "month"));
                stats.appraisal(month).thenApply(hallq.server.stats.AppraisalCsv::write).whenComplete((csv, failure) -> {
                    if (failure != null) {
                        internal(ctx, keepAlive, failure);
                    } else {
                        FullHttpResponse res = response(HttpResponseStatus.OK,
                                Unpooled.copiedBuffer(csv, StandardCharsets.UTF_8), "text/csv; charset=utf-8");
                        res.headers().set(HttpHeaderNames.CONTENT_DISPOSITION,
                                "attachment; filename=\"hallq-appraisal-" + month + ".csv\"");
                        send(ctx, keepAlive, res);
                    }
                });
            } else if (path.equals("/api/followups") && method.equals(HttpMethod.GET)) {
                authorize(req, Role.MANAGER);
                LocalDate[] p = StatsService.period(param(uri, "from"), param(uri, "to"));
                reply(ctx, keepAlive, followUps.list(p[0], p[1]));
            } else if (followUp.matches() && method.equals(HttpMethod.POST)) {
                Device manager = authorize(req, Role.MANAGER);
                reply(ctx, keepAlive, followUps.record(followUp.group(1), followUp.group(2), body(req, OpArguments.FOLLOW_UP),
                        manager));
            } else if (method.equals(HttpMethod.GET) && ticketPages.handles(path)) { // phone: the ticket's page
                ticketPages.get(ctx, keepAlive, req, path, param(uri, "k"));
            } else if (bookingRoute(ctx, keepAlive, req, uri, path, method)) {
                // bookings (contract section 9): answered by bookingRoute
            } else if (path.equals("/api/cases.csv") && method.equals(HttpMethod.GET)) {
                // cases2 (issue 18): the period's cases for a spreadsheet
                authorize(req, Role.MANAGER);
                LocalDate[] p = StatsService.period(param(uri, "from"), param(uri, "to"));
                stats.casesCsv(p[0], p[1]).whenComplete((csv, failure) -> {
                    if (failure != null) {
                        internal(ctx, keepAlive, failure);
                    } else {
                        FullHttpResponse res = response(HttpResponseStatus.OK,
                                Unpooled.copiedBuffer(csv, StandardCharsets.UTF_8), "text/csv; charset=utf-8");
                        res.headers().set(HttpHeaderNames.CONTENT_DISPOSITION,
                                "attachment; filename=\"hallq-cases-" + p[0] + "-" + p[1] + ".csv\"");
                        send(ctx, keepAlive, res);
                    }
                });
            } else if (path.equals("/api/cases") && method.equals(HttpMethod.GET)) {
                // cases (issue 18)
                Device by = authorize(req, Role.MANAGER, Role.BACKOFFICE);
                reply(ctx, keepAlive, cases.list(by, param(uri, "from"), param(uri, "to"), param(uri, "state"),
                        param(uri, "due")));
            } else if (CASE_PATH.matcher(path).matches() && method.equals(HttpMethod.GET)) {
                Matcher m = CASE_PATH.matcher(path);
                m.matches();
                reply(ctx, keepAlive, cases.one(m.group(1), param(uri, "k")));
            } else if (CASE_CHANGE_PATH.matcher(path).matches() && method.equals(HttpMethod.POST)) {
                Matcher m = CASE_CHANGE_PATH.matcher(path);
                m.matches();
                Device by = authorize(req, Role.MANAGER, Role.BACKOFFICE);
                JsonNode args = req.content().isReadable() || !m.group(2).equals("ready")
                        ? body(req, CaseApi.bodyOf(m.group(2))) : Json.mapper().createObjectNode();
                String key = req.headers().get("Idempotency-Key");
                if (key != null && key.length() > Op.Limits.ID) {
                    throw OpArguments.tooLong("Idempotency-Key", Op.Limits.ID);
                }
                reply(ctx, keepAlive, cases.change(by, m.group(1), m.group(2), args, key));
            } else {
                // files last: the API's paths are never looked up among them
                Optional<WebFiles.File> file = method.equals(HttpMethod.GET) ? files.find(path) : Optional.empty();
                if (file.isPresent()) {
                    page(ctx, keepAlive, file.get());
                } else if (isKnown(path)) {
                    throw new HallException(ErrorCode.BAD_REQUEST, "METHOD", method + " is not allowed on "
                            + LogText.of(path, 100));
                } else {
                    throw new HallException(ErrorCode.NOT_FOUND, "no such page: " + LogText.of(path, 100));
                }
            }
        } catch (HallException e) {
            error(ctx, keepAlive, e);
        } catch (IllegalStateException e) {
            error(ctx, keepAlive, new HallException(ErrorCode.INTERNAL, "the hall is shutting down"));
        }
    }

    private boolean isKnown(String path) {
        return List.of("/healthz", "/api/snapshot", "/api/tickets", "/api/stats", "/api/stats.csv", "/api/followups",
                "/api/cases", "/api/cases.csv").contains(path) || CASE_PATH.matcher(path).matches() || CASE_CHANGE_PATH.matcher(path).matches() || TICKET_PATH.matcher(path).matches() || FOLLOW_UP_PATH.matcher(path).matches()
                || files.find(path).isPresent() || ticketPages.handles(path)
                // bookings (contract section 9)
                || path.equals("/api/booking/slots") || path.equals("/api/booking/zones") || path.equals("/api/bookings")
                || BookingApi.BOOKING_PATH.matcher(path).matches() || BookingApi.QR_PATH.matcher(path).matches()
                // rating (issue 20)
                || path.equals("/api/appraisal") || path.equals("/api/appraisal.csv");
    }

    // ---- bookings (contract section 9) ----

    /** Answers a booking route and returns true, or returns false for another path. */
    private boolean bookingRoute(ChannelHandlerContext ctx, boolean keepAlive, FullHttpRequest req,
                                 QueryStringDecoder uri, String path, HttpMethod method) {
        Matcher one = BookingApi.BOOKING_PATH.matcher(path);
        if (path.equals("/api/booking/zones") && method.equals(HttpMethod.GET)) {
            json(ctx, keepAlive, HttpResponseStatus.OK, bookings.zones());
        } else if (path.equals("/api/booking/slots") && method.equals(HttpMethod.GET)) {
            reply(ctx, keepAlive, bookings.slots(param(uri, "zone"), param(uri, "day")));
        } else if (path.equals("/api/bookings") && method.equals(HttpMethod.POST)) {
            String from = ticketPages.citizen(ctx, req); // behind the hall's proxy, the phone's address
            JsonNode body = body(req, BookingApi.BODY);
            bookings.book(from, body).whenComplete((n, failure) -> {
                if (failure == null) {
                    json(ctx, keepAlive, HttpResponseStatus.CREATED, n);
                } else {
                    reply(ctx, keepAlive, CompletableFuture.failedFuture(failure));
                }
            });
        } else if (one.matches() && method.equals(HttpMethod.GET)) {
            reply(ctx, keepAlive, bookings.show(one.group(1), param(uri, "k")));
        } else if (one.matches() && method.equals(HttpMethod.DELETE)) {
            reply(ctx, keepAlive, bookings.cancel(one.group(1), param(uri, "k")));
        } else if (BookingApi.QR_PATH.matcher(path).matches() && method.equals(HttpMethod.GET)) {
            // phone2: the booking's link as a QR code for /book's result
            Matcher qr = BookingApi.QR_PATH.matcher(path);
            qr.matches();
            bookings.qr(qr.group(1), param(uri, "k"), req.headers().get(HttpHeaderNames.HOST))
                    .whenComplete((svg, failure) -> {
                        if (failure != null) {
                            reply(ctx, keepAlive, CompletableFuture.failedFuture(failure));
                        } else {
                            FullHttpResponse res = response(HttpResponseStatus.OK,
                                    Unpooled.copiedBuffer(svg, StandardCharsets.UTF_8), "image/svg+xml");
                            res.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store"); // it holds the key
                            send(ctx, keepAlive, res);
                        }
                    });
        } else {
            return false;
        }
        return true;
    }

    /** As below, for any of {@code roles} (cases, issue 18: the manager and the back office). */
    private Device authorize(FullHttpRequest req, Role... roles) {
        Device d = authorize(req, (Role) null);
        for (Role r : roles) {
            if (d.role() == r) {
                return d;
            }
        }
        throw new HallException(ErrorCode.FORBIDDEN, "this needs a " + roles[0].wire() + " or " + roles[1].wire()
                + " token");
    }

    private Device authorize(FullHttpRequest req, Role role) {
        String auth = req.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new HallException(ErrorCode.UNAUTHORIZED, "send Authorization: Bearer <token>");
        }
        Device d = tokens.bearer(auth.substring(7).trim())
                .orElseThrow(() -> new HallException(ErrorCode.UNAUTHORIZED, "unknown token"));
        if (role != null && d.role() != role) {
            throw new HallException(ErrorCode.FORBIDDEN, "this needs a " + role.wire() + " token");
        }
        return d;
    }

    private void ticket(ChannelHandlerContext ctx, boolean keepAlive, String number, String dayParam, String key) {
        LocalDate day;
        try {
            day = dayParam == null ? LocalDate.now(engine.clock().withZone(engine.zoneId())) : LocalDate.parse(dayParam);
        } catch (DateTimeParseException e) {
            throw new HallException(ErrorCode.BAD_REQUEST, "'day' must be a date YYYY-MM-DD");
        }
        lookup.find(day, number).whenComplete((found, failure) -> {
            TicketLookup.Found f = found == null ? null : found.orElse(null);
            if (failure != null) {
                internal(ctx, keepAlive, failure);
            } else if (f == null) {
                error(ctx, keepAlive, new HallException(ErrorCode.NOT_FOUND, "no ticket " + number + " on " + day));
            } else if (key != null && !TicketKey.matches(f.key(), key)) {
                error(ctx, keepAlive, new HallException(ErrorCode.FORBIDDEN, "BAD_KEY",
                        "that is not this ticket's key"));
            } else {
                // the whole ticket only for the holder of its key (the paper's QR link): contract section 8
                ObjectNode body = Json.mapper().createObjectNode();
                body.set("ticket", Json.mapper().valueToTree(key != null ? f.ticket() : PublicTicket.of(f.ticket())));
                json(ctx, keepAlive, HttpResponseStatus.OK, body);
            }
        });
    }

    private void issue(ChannelHandlerContext ctx, boolean keepAlive, FullHttpRequest req) {
        Device kiosk = authorize(req, Role.KIOSK);
        JsonNode body = body(req, Op.ISSUE.args());
        String key = req.headers().get("Idempotency-Key");
        if (key != null && key.length() > Op.Limits.ID) {
            throw OpArguments.tooLong("Idempotency-Key", Op.Limits.ID);
        }
        engine.submit(new Command.Op(null, reply -> {
            if (reply.path("ok").asBoolean()) {
                ObjectNode out = Json.mapper().createObjectNode();
                out.set("ticket", reply.get("ticket"));
                out.set("key", reply.get("key"));
                json(ctx, keepAlive, HttpResponseStatus.CREATED, out);
            } else {
                JsonNode e = reply.get("error");
                ErrorCode code = ErrorCode.valueOf(e.path("code").asText());
                ObjectNode out = Json.mapper().createObjectNode();
                out.set("error", e);
                json(ctx, keepAlive, HttpResponseStatus.valueOf(code.httpStatus()), out);
            }
        }, kiosk, key, Op.ISSUE, body));
    }

    /**
     * The request's body: one JSON object with nothing after it, its {@code fields} checked ({@link OpArguments});
     * else BAD_REQUEST.
     */
    private static JsonNode body(FullHttpRequest req, List<Op.Arg> fields) {
        JsonNode body;
        try {
            body = Json.readWhole(req.content().toString(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new HallException(ErrorCode.BAD_REQUEST, "the body is not JSON: "
                    + LogText.of(e.getOriginalMessage(), 100));
        }
        if (body == null || !body.isObject()) {
            throw new HallException(ErrorCode.BAD_REQUEST, "the body is one JSON object");
        }
        return OpArguments.checked(fields, body);
    }

    private void reply(ChannelHandlerContext ctx, boolean keepAlive, CompletableFuture<? extends JsonNode> body) {
        body.whenComplete((n, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof HallException refused) {
                error(ctx, keepAlive, refused);
            } else if (failure != null) {
                internal(ctx, keepAlive, failure);
            } else {
                json(ctx, keepAlive, HttpResponseStatus.OK, n);
            }
        });
    }

    static void page(ChannelHandlerContext ctx, boolean keepAlive, WebFiles.File file) {
        FullHttpResponse res = response(HttpResponseStatus.OK, Unpooled.wrappedBuffer(file.bytes()), file.type());
        SecurityHeaders.page(res.headers());
        if (file.versioned()) {
            res.headers().set(HttpHeaderNames.CACHE_CONTROL, "public, max-age=86400");
        }
        send(ctx, keepAlive, res);
    }

    private static String param(QueryStringDecoder uri, String name) {
        List<String> v = uri.parameters().get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    static void error(ChannelHandlerContext ctx, boolean keepAlive, HallException e) {
        ObjectNode body = Json.mapper().createObjectNode();
        ObjectNode err = body.putObject("error");
        err.put("code", e.code().name());
        err.put("message", e.getMessage());
        if (e.reason() != null) {
            err.put("reason", e.reason());
        }
        int status = "METHOD".equals(e.reason()) ? 405 : e.code().httpStatus();
        json(ctx, keepAlive, HttpResponseStatus.valueOf(status), body);
    }

    static void internal(ChannelHandlerContext ctx, boolean keepAlive, Throwable failure) {
        log.error("HTTP request failed", failure);
        error(ctx, keepAlive, new HallException(ErrorCode.INTERNAL, "the hall could not answer this"));
    }

    static void json(ChannelHandlerContext ctx, boolean keepAlive, HttpResponseStatus status, JsonNode body) {
        ByteBuf buf = Unpooled.copiedBuffer(WireJson.text(body), StandardCharsets.UTF_8);
        send(ctx, keepAlive, response(status, buf, JSON_TYPE));
    }

    static FullHttpResponse response(HttpResponseStatus status, ByteBuf body, String type) {
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, body);
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        res.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        SecurityHeaders.everyResponse(res.headers());
        HttpUtil.setContentLength(res, body.readableBytes());
        return res;
    }

    static void send(ChannelHandlerContext ctx, boolean keepAlive, FullHttpResponse res) {
        if (keepAlive) {
            HttpUtil.setKeepAlive(res, true);
            ChunkedBody.write(ctx, res);
        } else {
            ChunkedBody.write(ctx, res).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
