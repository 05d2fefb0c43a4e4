package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.IdNumber;
import hallq.protocol.Json;
import hallq.protocol.hall.HallConfig;
import hallq.server.Main;
import hallq.server.queue.Halls;
import hallq.testkit.ManualClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bookings over HTTP on 127.0.0.1 (contract section 9), a check-in over the kiosk's WebSocket, and a restart. */
class BookingApiTest {
    static final String DAY = "2026-11-23";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ManualClock clock;
    private Path data;
    private HallServer server;
    private int port;
    private int people;

    static HallConfig hall() {
        return Halls.test("prefix: B }", "prefix: B, booking: { slots: [\"09:00-10:00\", \"10:00-11:00\"], "
                + "extraSessions: [\"12:00-13:00\"], perSlot: 2, daysAhead: 3 } }");
    }

    @BeforeEach
    void start() throws Exception {
        clock = ManualClock.shanghai(DAY + "T08:00:00");
        data = Files.createTempDirectory("hallq-bookings");
        server = Main.start(hall(), data, "127.0.0.1", 0, clock);
        port = server.address().getPort();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String person() {
        String first17 = "11010519800101" + String.format("%03d", ++people);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    private HttpResponse<String> book(String slot, String idCard) throws Exception {
        return send("POST", "/api/bookings", "{\"zone\":\"natural\",\"day\":\"" + DAY + "\",\"slot\":\"" + slot
                + "\",\"idCard\":\"" + idCard + "\"}");
    }

    private int free(int slot) throws Exception {
        return json(send("GET", "/api/booking/slots?zone=natural&day=" + DAY, null)).path("slots").get(slot)
                .path("free").asInt();
    }

    @Test
    void bookSeeAndCancelWithTheKey() throws Exception {
        JsonNode slots = json(send("GET", "/api/booking/slots?zone=natural&day=" + DAY, null));
        assertThat(slots.path("zone").asText()).isEqualTo("natural");
        assertThat(slots.path("slots")).hasSize(3);
        assertThat(slots.path("slots").get(2).path("extra").asBoolean()).isTrue();
        assertThat(slots.path("slots").get(0).path("capacity").asInt()).isEqualTo(2);

        HttpResponse<String> r = book("09:00-10:00", person());
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode booking = json(r).path("booking");
        String code = booking.path("code").asText();
        String key = json(r).path("key").asText();
        assertThat(code).matches("[0-9]{8}");
        assertThat(key).hasSize(22);
        assertThat(booking.path("state").asText()).isEqualTo("booked");
        assertThat(booking.path("slot").asText()).isEqualTo("09:00-10:00");
        assertThat(r.body()).doesNotContain("idHash", "11010519");
        assertThat(free(0)).isEqualTo(1);

        assertThat(json(send("GET", "/api/bookings/" + code + "?k=" + key, null)).path("booking").path("code")
                .asText()).isEqualTo(code);
        HttpResponse<String> wrong = send("GET", "/api/bookings/" + code + "?k=nope", null);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(json(wrong).path("error").path("reason").asText()).isEqualTo("BAD_KEY");
        assertThat(wrong.body()).doesNotContain("09:00");
        assertThat(send("DELETE", "/api/bookings/" + code + "?k=nope", null).statusCode()).isEqualTo(403);
        assertThat(free(0)).isEqualTo(1);

        HttpResponse<String> cancelled = send("DELETE", "/api/bookings/" + code + "?k=" + key, null);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(json(cancelled).path("booking").path("state").asText()).isEqualTo("cancelled");
        assertThat(free(0)).isEqualTo(2);
        assertThat(send("GET", "/api/bookings/99999999?k=" + key, null).statusCode()).isEqualTo(404);
    }

    @Test
    void refusalsHaveTheirCodeAndReasonAndStoreNothing() throws Exception {
        String id = person();
        HttpResponse<String> badId = book("09:00-10:00", id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1"));
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(json(badId).path("error").path("reason").asText()).isEqualTo("ID_CHECK");
        assertThat(badId.body()).doesNotContain(id.substring(0, 17));
        HttpResponse<String> tooLong = book("09:00-10:00", "1".repeat(40));
        assertThat(json(tooLong).path("error").path("reason").asText()).isEqualTo("TOO_LONG");
        assertThat(tooLong.body()).doesNotContain("1".repeat(40));
        assertThat(free(0)).isEqualTo(2);

        assertThat(book("09:00-10:00", id).statusCode()).isEqualTo(201);
        HttpResponse<String> again = book("10:00-11:00", id);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("error").path("reason").asText()).isEqualTo("ALREADY_BOOKED");
        book("09:00-10:00", person());
        HttpResponse<String> full = book("09:00-10:00", person());
        assertThat(json(full).path("error").path("reason").asText()).isEqualTo("SLOT_FULL");
        HttpResponse<String> unknown = send("POST", "/api/bookings", "{\"zone\":\"moon\",\"day\":\"" + DAY
                + "\",\"slot\":\"09:00-10:00\",\"idCard\":\"" + person() + "\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<String> farOff = send("GET", "/api/booking/slots?zone=natural&day=2026-12-30", null);
        assertThat(json(farOff).path("error").path("reason").asText()).isEqualTo("DAY_RANGE");
        assertThat(send("POST", "/api/bookings", "{\"zone\":\"natural\"} x").statusCode()).isEqualTo(400);
    }

    @Test
    void aFloodOfBookingsFromOneAddressIsRateLimited() throws Exception {
        int limited = 0;
        for (int i = 0; i < BookingApi.BOOKINGS_PER_ADDRESS_PER_MINUTE + 2; i++) {
            HttpResponse<String> r = book(i % 2 == 0 ? "09:00-10:00" : "10:00-11:00", person());
            if (r.statusCode() == 429) {
                limited++;
                assertThat(json(r).path("error").path("reason").asText()).isEqualTo("BOOKING_RATE");
            }
        }
        assertThat(limited).isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));
        assertThat(book("12:00-13:00", person()).statusCode()).isEqualTo(201);
    }

    @Test
    void aBookingSurvivesARestartAndIsCheckedInAtTheKiosk() throws Exception {
        String id = person();
        JsonNode r = json(book("09:00-10:00", id));
        String code = r.path("booking").path("code").asText();
        String key = r.path("key").asText();
        server.close();
        server = Main.start(hall(), data, "127.0.0.1", 0, clock);
        port = server.address().getPort();
        assertThat(json(send("GET", "/api/bookings/" + code + "?k=" + key, null)).path("booking").path("state")
                .asText()).isEqualTo("booked");
        assertThat(free(0)).isEqualTo(1);

        try (WsClient kiosk = WsClient.hello(port, "kiosk-1", "k1-secret")) {
            JsonNode early = kiosk.request("check-in", "code", code);
            assertThat(early.path("error").path("reason").asText()).isEqualTo("TOO_EARLY");
            clock.set(LocalDateTime.parse(DAY + "T08:45:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
            JsonNode in = kiosk.request("check-in", "code", code);
            assertThat(in.path("ok").asBoolean()).isTrue();
            assertThat(in.path("ticket").path("booking").asText()).isEqualTo(code);
            assertThat(in.path("ticket").path("number").asText()).isEqualTo("B001");
            assertThat(in.path("key").asText()).hasSize(22);
            JsonNode twice = kiosk.request("check-in", "idCard", id);
            assertThat(twice.path("error").path("reason").asText()).isEqualTo("CHECKED_IN");
        }
        JsonNode shown = json(send("GET", "/api/bookings/" + code + "?k=" + key, null)).path("booking");
        assertThat(shown.path("state").asText()).isEqualTo("checked_in");
        assertThat(shown.path("ticket").asText()).isEqualTo("B001");
        server.close();
        server = Main.start(hall(), data, "127.0.0.1", 0, clock);
        port = server.address().getPort();
        assertThat(json(send("GET", "/api/bookings/" + code + "?k=" + key, null)).path("booking").path("state")
                .asText()).isEqualTo("checked_in");
    }

    @Test
    void statisticsCountThePeriodsBookingsAndSplitWaitsBookedAndWalkIn() throws Exception {
        JsonNode a = json(book("09:00-10:00", person()));
        JsonNode b = json(book("09:00-10:00", person()));
        send("DELETE", "/api/bookings/" + b.path("booking").path("code").asText() + "?k=" + b.path("key").asText(), null);
        clock.set(LocalDateTime.parse(DAY + "T08:50:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        try (WsClient kiosk = WsClient.hello(port, "kiosk-1", "k1-secret");
             WsClient pad = WsClient.hello(port, "pad-2", "p2-secret")) {
            assertThat(kiosk.request("check-in", "code", a.path("booking").path("code").asText()).path("ok")
                    .asBoolean()).isTrue();
            clock.set(LocalDateTime.parse(DAY + "T09:00:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
            assertThat(pad.request("login", "clerk", "1002", "pin", "7315").path("ok").asBoolean()).isTrue();
            assertThat(pad.request("call-next").path("ticket").path("booking").asText())
                    .isEqualTo(a.path("booking").path("code").asText());
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats?from=" + DAY
                + "&to=" + DAY)).header("Authorization", "Bearer m-secret").timeout(Duration.ofSeconds(10)).build();
        JsonNode stats = json(http.send(req, HttpResponse.BodyHandlers.ofString())).path("bookings");
        assertThat(stats.path("booked").asInt()).isEqualTo(2);
        assertThat(stats.path("checkedIn").asInt()).isEqualTo(1);
        assertThat(stats.path("cancelled").asInt()).isEqualTo(1);
        assertThat(stats.path("noShow").asInt()).isZero();
        assertThat(stats.path("zones").get(0).path("id").asText()).isEqualTo("natural");
        assertThat(stats.path("zones").get(0).path("booked").asInt()).isEqualTo(2);
        assertThat(stats.path("bookedAvgWaitSec").asDouble()).isEqualTo(600.0);
        assertThat(stats.path("walkInAvgWaitSec").isNull()).isTrue();
        // phone2: per slot, in the hall file's order with the 延时 session last; and the CSV marks the booked ticket
        JsonNode slots = stats.path("zones").get(0).path("slots");
        assertThat(slots).hasSize(3);
        assertThat(slots.get(0).path("slot").asText()).isEqualTo("09:00-10:00");
        assertThat(slots.get(0).path("booked").asInt()).isEqualTo(2);
        assertThat(slots.get(0).path("checkedIn").asInt()).isEqualTo(1);
        assertThat(slots.get(0).path("cancelled").asInt()).isEqualTo(1);
        assertThat(slots.get(1).path("booked").asInt()).isZero();
        assertThat(slots.get(2).path("slot").asText()).isEqualTo("12:00-13:00");
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/stats.csv?from=" + DAY + "&to=" + DAY)).header("Authorization", "Bearer m-secret")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        java.util.List<String> lines = csv.body().lines().toList();
        // the booked column by its place (rating, issue 20, adds greenReason and ratings after it)
        int booked = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("booked");
        assertThat(booked).isPositive();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).split(",", -1)[booked]).isEqualTo("true");
    }

    @Test
    void tomorrowsBookedCitizenWithAPhoneIsTextedOnceFromSixInTheEvening() throws Exception {
        java.util.List<String> texts = new java.util.concurrent.CopyOnWriteArrayList<>();
        hallq.server.booking.BookingReminderTask task = new hallq.server.booking.BookingReminderTask(server.engine(),
                (phone, text) -> texts.add(phone + " " + text));
        HttpResponse<String> r = send("POST", "/api/bookings", "{\"zone\":\"natural\",\"day\":\"2026-11-24\","
                + "\"slot\":\"09:00-10:00\",\"idCard\":\"" + person() + "\",\"phone\":\"13812345678\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(task.tick()).isZero(); // 08:00
        clock.set(LocalDateTime.parse(DAY + "T18:00:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(task.tick()).isEqualTo(1);
        assertThat(task.tick()).isZero();
        assertThat(texts).singleElement().asString().startsWith("13812345678 【测试大厅】您预约了明天（11月24日）")
                .contains(json(r).path("booking").path("code").asText()).doesNotContain("110105");
        assertThat(server.reminders()).isNotNull();
    }

    /** phone2: the reminder's mark is on disk, so a restart after 18:00 does not send that evening's again. */
    @Test
    void aRestartAfterSixInTheEveningDoesNotSendTheRemindersAgain() throws Exception {
        server.reminders().close(); // the server's own task would race the test's for the one text
        java.util.List<String> texts = new java.util.concurrent.CopyOnWriteArrayList<>();
        hallq.server.notify.SmsGateway recording = (phone, text) -> texts.add(phone + " " + text);
        HttpResponse<String> r = send("POST", "/api/bookings", "{\"zone\":\"natural\",\"day\":\"2026-11-24\","
                + "\"slot\":\"09:00-10:00\",\"idCard\":\"" + person() + "\",\"phone\":\"13812345678\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        clock.set(LocalDateTime.parse(DAY + "T18:00:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(new hallq.server.booking.BookingReminderTask(server.engine(), recording, server.textMarks()).tick())
                .isEqualTo(1);

        server.close();
        server = Main.start(hall(), data, "127.0.0.1", 0, clock);
        server.reminders().close();
        clock.set(LocalDateTime.parse(DAY + "T18:30:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(new hallq.server.booking.BookingReminderTask(server.engine(), recording, server.textMarks()).tick())
                .as("marked as sent before the restart").isZero();
        assertThat(texts).hasSize(1);
    }

    /** phone2: the booking's link as a QR code, only with the booking's key; it reads back as the /book link. */
    @Test
    void theBookingsQrCodeIsItsLinkAndNeedsItsKey() throws Exception {
        JsonNode b = json(book("09:00-10:00", person()));
        String code = b.path("booking").path("code").asText();
        String key = b.path("key").asText();
        HttpResponse<String> qr = send("GET", "/api/bookings/" + code + "/qr.svg?k=" + key, null);
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("content-type")).hasValue("image/svg+xml");
        assertThat(qr.headers().firstValue("cache-control")).hasValue("no-store");
        assertThat(hallq.server.booking.BookingQrTest.decode(qr.body()))
                .isEqualTo("http://127.0.0.1:" + port + "/book#code=" + code + "&k=" + key);
        HttpResponse<String> wrong = send("GET", "/api/bookings/" + code + "/qr.svg?k=" + "x".repeat(22), null);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).doesNotContain("<svg").doesNotContain(key);
        assertThat(send("GET", "/api/bookings/" + code + "/qr.svg", null).statusCode()).isIn(400, 403);
        assertThat(send("GET", "/api/bookings/99999999/qr.svg?k=" + key, null).statusCode()).isEqualTo(404);
    }
}
