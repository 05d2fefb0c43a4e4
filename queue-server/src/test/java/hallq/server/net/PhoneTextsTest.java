package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.IdNumber;
import hallq.protocol.hall.HallConfig;
import hallq.server.booking.BookingRecord;
import hallq.server.engine.HallEngine;
import hallq.server.followup.FollowUpStore;
import hallq.server.notify.SmsGateway;
import hallq.server.notify.SmsSender;
import hallq.server.queue.Halls;
import hallq.server.store.JournaledStore;
import hallq.testkit.ManualClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "N people ahead of you" texts end to end over 127.0.0.1 (issue 17): a booking with a phone checked in at the
 * kiosk, windows calling over WebSocket, the texts caught by a recording gateway behind the server's SmsSender.
 */
class PhoneTextsTest {
    static final String PHONE = "13912345678";
    static final LocalDate DAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path data;

    /** What the gateway was asked to send, as "phone text". */
    private final BlockingQueue<String> sent = new LinkedBlockingQueue<>();
    private final SmsGateway recording = (phone, text) -> sent.add(phone + " " + text);

    private static String person(int n) {
        String first17 = "11010519800101" + String.format("%03d", n);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private String next() throws InterruptedException {
        String m = sent.poll(10, TimeUnit.SECONDS);
        assertThat(m).as("a text within 10 s").isNotNull();
        return m;
    }

    @Test
    void aBookedTicketWithAPhoneGetsOneTextThreeAheadAndOneAtTheCall() throws Exception {
        HallConfig hall = Halls.test("prefix: B }", "prefix: B, booking: { slots: [\"09:00-10:00\"], "
                + "perSlot: 10, daysAhead: 3 } }");
        ManualClock clock = ManualClock.shanghai("2026-11-23T08:40:00");
        JournaledStore store = JournaledStore.open(data);
        HallEngine engine = new HallEngine(hall, store, clock).start();
        HallServer server = new HallServer(engine, store, new FollowUpStore(store.database().connection()))
                .sms(new SmsSender(recording, 100));
        try (server) {
            int port = server.start("127.0.0.1", 0).getPort();
            // no booking op on the network yet: booked on the hall thread, written with the next batch
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                String phone = i == 6 ? PHONE : null;
                int n = i;
                BookingRecord b = engine.query(q -> q.book("natural", DAY, "09:00-10:00", person(n), phone)).get();
                codes.add(b.code());
            }
            WsClient kiosk = WsClient.hello(port, "kiosk-1", "k1-secret");
            String booked = null;
            for (String code : codes) {
                JsonNode r = kiosk.request("check-in", "code", code);
                assertThat(r.path("ok").asBoolean()).as(r.toString()).isTrue();
                booked = r.path("ticket").path("number").asText();
            }
            WsClient pad = WsClient.hello(port, "pad-2", "p2-secret");
            pad.request("login", "clerk", "1002", "pin", "7315");
            for (int i = 0; i < 2; i++) {
                pad.request("call-next");
                pad.request("finish", "outcome", "done");
            }
            assertThat(next())
                    .isEqualTo(PHONE + " 【政务服务大厅】您的" + booked + "号前面还有3人，请回到大厅留意叫号。");
            for (int i = 0; i < 3; i++) {
                pad.request("call-next");
                pad.request("finish", "outcome", "done");
            }
            JsonNode call = pad.request("call-next");
            assertThat(call.path("ticket").path("number").asText()).as(call.toString()).isEqualTo(booked);
            assertThat(next()).isEqualTo(PHONE + " 【政务服务大厅】请" + booked + "号到2号窗口办理。");
            pad.request("recall");
            pad.request("start");
            pad.request("finish", "outcome", "done");
            // one batch more through the same hub after the recall and the end: still nothing
            kiosk.request("check-in", "code", "nonesuch");
            assertThat(sent.poll(1, TimeUnit.SECONDS)).as("exactly one of each").isNull();
            kiosk.close();
            pad.close();
        }
    }

    /**
     * phone2: what was sent is marked on disk (migration 7), so that neither text goes twice across restarts: the
     * "3 ahead" text before the first restart, the call after it, and nothing after the second (checked to fail
     * with the marks not consulted: the first batch after the restart texts "3 ahead" again).
     */
    @Test
    void aRestartSendsNeitherTextAgain() throws Exception {
        HallConfig hall = Halls.test("prefix: B }", "prefix: B, booking: { slots: [\"09:00-10:00\"], "
                + "perSlot: 10, daysAhead: 3 } }");
        ManualClock clock = ManualClock.shanghai("2026-11-23T08:40:00");
        String booked = null;
        try (HallServer server = server(hall, clock)) {
            int port = server.start("127.0.0.1", 0).getPort();
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                String phone = i == 6 ? PHONE : null;
                int n = i;
                codes.add(server.engine().query(q -> q.book("natural", DAY, "09:00-10:00", person(n), phone)).get()
                        .code());
            }
            try (WsClient kiosk = WsClient.hello(port, "kiosk-1", "k1-secret");
                 WsClient pad = WsClient.hello(port, "pad-2", "p2-secret")) {
                for (String code : codes) {
                    booked = kiosk.request("check-in", "code", code).path("ticket").path("number").asText();
                }
                pad.request("login", "clerk", "1002", "pin", "7315");
                for (int i = 0; i < 2; i++) {
                    pad.request("call-next");
                    pad.request("finish", "outcome", "done");
                }
                assertThat(next()).contains(booked + "号前面还有3人");
            }
        }
        try (HallServer server = server(hall, clock)) {
            int port = server.start("127.0.0.1", 0).getPort();
            try (WsClient pad = WsClient.hello(port, "pad-2", "p2-secret")) {
                pad.request("login", "clerk", "1002", "pin", "7315"); // a batch: the hall is looked at again
                for (int i = 0; i < 3; i++) {
                    pad.request("call-next");
                    pad.request("finish", "outcome", "done");
                }
                assertThat(pad.request("call-next").path("ticket").path("number").asText()).isEqualTo(booked);
                assertThat(next()).as("the call, not '3 ahead' again").isEqualTo(
                        PHONE + " 【政务服务大厅】请" + booked + "号到2号窗口办理。");
            }
        }
        try (HallServer server = server(hall, clock)) {
            int port = server.start("127.0.0.1", 0).getPort();
            try (WsClient pad = WsClient.hello(port, "pad-2", "p2-secret")) {
                pad.request("login", "clerk", "1002", "pin", "7315");
                pad.request("recall"); // the booked ticket is still called at window 2
                assertThat(sent.poll(1, TimeUnit.SECONDS)).as("nothing after the second restart").isNull();
            }
        }
    }

    private HallServer server(HallConfig hall, ManualClock clock) throws Exception {
        JournaledStore store = JournaledStore.open(data);
        HallEngine engine = new HallEngine(hall, store, clock).start();
        return new HallServer(engine, store, new FollowUpStore(store.database().connection()))
                .sms(new SmsSender(recording, 100));
    }
}
