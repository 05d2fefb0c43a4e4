package hallq.server.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.ErrorCode;
import hallq.protocol.Json;
import hallq.protocol.Op;
import hallq.server.booking.BookingRecord;
import hallq.server.booking.SlotPlaces;
import hallq.server.engine.HallEngine;
import hallq.server.queue.HallException;
import hallq.server.queue.HallQueue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Bookings over HTTP for anybody (contract section 9): the free places of a zone's day, booking one (rate-limited by
 * address), and seeing or cancelling one with its key. Every change runs on the hall thread with the queue's other
 * changes and is answered once its batch is on disk; a refusal is answered as it is and changed nothing.
 */
final class BookingApi {
    static final Pattern BOOKING_PATH = Pattern.compile("/api/bookings/([0-9]{1,16})");
    /** Bookings one address may try a minute: a family books a few; a script trying ID numbers is stopped. */
    static final int BOOKINGS_PER_ADDRESS_PER_MINUTE = 10;
    static final int ADDRESSES_REMEMBERED = 10_000;
    /** Reads and changes of bookings waiting for the hall thread at once, apart from the devices' inbox. */
    static final int WAITING = 64;
    /** The body of {@code POST /api/bookings}: every field with its longest text (contract section 7). */
    static final List<Op.Arg> BODY = List.of(new Op.Arg("zone", Op.Type.TEXT, Op.Limits.NAME),
            new Op.Arg("day", Op.Type.TEXT, 10), new Op.Arg("slot", Op.Type.TEXT, 16),
            new Op.Arg("idCard", Op.Type.TEXT, 32), new Op.Arg("phone", Op.Type.TEXT, 16));

    private final HallEngine engine;
    private final AddressRate rate;
    private final Semaphore waiting = new Semaphore(WAITING);

    BookingApi(HallEngine engine) {
        this.engine = engine;
        this.rate = new AddressRate(engine.clock(), BOOKINGS_PER_ADDRESS_PER_MINUTE, ADDRESSES_REMEMBERED);
    }

    /** {@code GET /api/booking/slots?zone=&day=}: {@code {zone, day, slots: [{slot, capacity, free, extra}]}}. */
    CompletableFuture<JsonNode> slots(String zone, String dayText) {
        LocalDate day = day(dayText);
        String z = required(zone, "zone");
        return onHall(q -> {
            List<SlotPlaces> slots = q.bookingSlots(z, day);
            ObjectNode out = Json.mapper().createObjectNode();
            out.put("zone", z);
            out.put("day", day.toString());
            ArrayNode list = out.putArray("slots");
            slots.forEach(s -> list.add(Json.mapper().valueToTree(s)));
            return out;
        });
    }

    /** {@code GET /api/booking/zones}: the zones taking bookings, {@code {today, zones: [{id, name, nameEn, daysAhead}]}}. */
    JsonNode zones() {
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("today", LocalDate.now(engine.clock().withZone(engine.zoneId())).toString());
        ArrayNode list = out.putArray("zones");
        for (hallq.protocol.hall.Zone z : engine.hall().zones()) {
            if (z.takesBookings()) {
                list.addObject().put("id", z.id()).put("name", z.name()).put("nameEn", z.nameEn())
                        .put("daysAhead", z.booking().daysAhead());
            }
        }
        return out;
    }

    /** {@code POST /api/bookings}: {@code {booking, key}}, 201. */
    CompletableFuture<JsonNode> book(String address, JsonNode body) {
        if (!rate.tryAcquire(address)) {
            throw new HallException(ErrorCode.RATE_LIMITED, "BOOKING_RATE", "too many bookings from this "
                    + "connection: please wait a minute");
        }
        String zone = required(text(body, "zone"), "zone");
        LocalDate day = day(required(text(body, "day"), "day"));
        String slot = required(text(body, "slot"), "slot");
        String idCard = required(text(body, "idCard"), "idCard");
        String phone = text(body, "phone");
        String phoneOrNull = phone == null || phone.isBlank() ? null : phone.strip();
        return onHall(q -> {
            BookingRecord b = q.book(zone, day, slot, idCard, phoneOrNull);
            ObjectNode out = Json.mapper().createObjectNode();
            out.set("booking", Json.mapper().valueToTree(b.view()));
            out.put("key", b.key());
            return out;
        });
    }

    /** {@code GET /api/bookings/{code}?k=}: {@code {booking}}. */
    CompletableFuture<JsonNode> show(String code, String key) {
        return onHall(q -> one(q.booking(code, key)));
    }

    /** {@code DELETE /api/bookings/{code}?k=}: {@code {booking}}, cancelled. */
    CompletableFuture<JsonNode> cancel(String code, String key) {
        return onHall(q -> one(q.cancelBooking(code, key)));
    }

    // ---- phone2 (issue 17): the booking's link as a QR code ----

    /** {@code GET /api/bookings/{code}/qr.svg?k=}: the QR of {@code {publicUrl}/book#code=..&k=..}. */
    static final Pattern QR_PATH = Pattern.compile("/api/bookings/([0-9]{1,16})/qr\\.svg");
    /** A Host header that can stand in a link: a name or address and a port, nothing else. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]{1,100}");

    /**
     * The SVG, once the booking and its key are checked on the hall thread (a wrong key is refused as GET refuses
     * it). The link's base is the hall's {@code publicUrl}, else the address the phone asked ({@code host}).
     */
    CompletableFuture<String> qr(String code, String key, String host) {
        String base = engine.hall().hall().publicUrl() != null ? engine.hall().hall().publicUrl()
                : "http://" + (host != null && HOST.matcher(host).matches() ? host : "127.0.0.1");
        return show(code, key).thenApply(n -> hallq.server.booking.BookingQr.svg(base + "/book#code="
                + n.path("booking").path("code").asText() + "&k=" + key));
    }

    private static JsonNode one(BookingRecord b) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.set("booking", Json.mapper().valueToTree(b.view()));
        return out;
    }

    /**
     * Runs {@code work} on the hall thread; what it changed goes to disk with that batch, and the answer comes once
     * it is there. A refusal is carried out as the future's failure, never thrown on the hall thread (which would
     * count it as a failure of the batch); the rules refuse before they change anything.
     */
    private CompletableFuture<JsonNode> onHall(Function<HallQueue, JsonNode> work) {
        if (!waiting.tryAcquire()) {
            throw new HallException(ErrorCode.RATE_LIMITED, "BUSY", "the server is answering many bookings: "
                    + "try again in a moment");
        }
        try {
            return engine.query(q -> {
                try {
                    return (Object) work.apply(q);
                } catch (HallException e) {
                    return e;
                }
            }).whenComplete((r, e) -> waiting.release()).thenApply(r -> {
                if (r instanceof HallException refused) {
                    throw refused;
                }
                return (JsonNode) r;
            });
        } catch (RuntimeException e) {
            waiting.release();
            throw e;
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new HallException(ErrorCode.BAD_REQUEST, "MISSING", "missing '" + field + "'");
        }
        return value;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(required(text, "day"));
        } catch (DateTimeParseException e) {
            throw new HallException(ErrorCode.BAD_REQUEST, "'day' must be a date YYYY-MM-DD");
        }
    }
}
