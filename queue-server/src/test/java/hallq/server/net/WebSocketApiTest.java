package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.server.queue.Halls;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The WebSocket contract over a real socket on 127.0.0.1, with Java's own client. */
class WebSocketApiTest {
    private RunningHall hall;
    private final List<WsClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        hall = new RunningHall(Halls.test());
    }

    @AfterEach
    void stop() {
        clients.forEach(WsClient::close);
        hall.close();
    }

    private WsClient hello(String device, String token) {
        WsClient c = hall.hello(device, token);
        clients.add(c);
        return c;
    }

    private WsClient connect() {
        WsClient c = WsClient.connect(hall.port);
        clients.add(c);
        return c;
    }

    private WsClient pad(int n, String clerk, String pin) {
        WsClient c = hello("pad-" + n, "p" + n + "-secret");
        assertThat(c.request("login", "clerk", clerk, "pin", pin).path("ok").asBoolean()).isTrue();
        return c;
    }

    private static String code(JsonNode reply) {
        return reply.path("error").path("code").asText();
    }

    // ---- hello, auth, roles -------------------------------------------------------------------------------

    @Test
    void helloAnswersWithRoleHallWithoutSecretsSnapshotAndSeq() {
        WsClient kiosk = connect();
        JsonNode r = kiosk.request("hello", "device", "kiosk-1", "token", "k1-secret");
        assertThat(r.path("ok").asBoolean()).isTrue();
        assertThat(r.path("role").asText()).isEqualTo("kiosk");
        assertThat(r.path("hall").path("hall").path("id").asText()).isEqualTo("test");
        assertThat(r.path("hall").toString()).doesNotContain("k1-secret").doesNotContain("4821");
        assertThat(r.path("snapshot").path("zones")).hasSize(3);
        assertThat(r.path("snapshot").path("zones").get(0).path("name").asText()).isEqualTo("法人服务区");
        assertThat(r.path("snapshot").path("counters").get(0).path("state").asText()).isEqualTo("closed");
        assertThat(r.path("seq").isNumber()).isTrue();
    }

    @Test
    void aHelloWithOnlyATokenIsThatTokensDevice() {
        WsClient browser = connect();
        JsonNode r = browser.request("hello", "token", "d2-secret");
        assertThat(r.path("ok").asBoolean()).isTrue();
        assertThat(r.path("device").path("id").asText()).isEqualTo("board-2");
        assertThat(r.path("snapshot").path("zones")).hasSize(1);
        assertThat(code(connect().request("hello", "token", "nobody's"))).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void everyOpBeforeHelloAndAWrongTokenAreUnauthorized() {
        WsClient c = connect();
        assertThat(code(c.request("issue", "zone", "legal"))).isEqualTo("UNAUTHORIZED");
        assertThat(code(c.request("hello", "device", "kiosk-1", "token", "k1-secreT"))).isEqualTo("UNAUTHORIZED");
        assertThat(code(c.request("hello", "device", "nobody", "token", "k1-secret"))).isEqualTo("UNAUTHORIZED");
        assertThat(code(c.request("issue", "zone", "legal"))).isEqualTo("UNAUTHORIZED");
        assertThat(c.request("hello", "device", "kiosk-1", "token", "k1-secret").path("ok").asBoolean()).isTrue();
        assertThat(c.request("issue", "zone", "legal").path("ticket").path("number").asText()).isEqualTo("A001");
    }

    @Test
    void anOpOutsideTheDevicesRoleIsForbiddenAndAnUnknownOpIsSaidSo() {
        WsClient kiosk = hello("kiosk-1", "k1-secret");
        WsClient display = hello("board-1", "d1-secret");
        assertThat(code(kiosk.request("call-next"))).isEqualTo("FORBIDDEN");
        assertThat(code(display.request("issue", "zone", "legal"))).isEqualTo("FORBIDDEN");
        assertThat(code(kiosk.request("stats", "from", "2026-01-01", "to", "2026-01-02"))).isEqualTo("FORBIDDEN");
        assertThat(code(kiosk.request("teleport"))).isEqualTo("UNKNOWN_OP");
        assertThat(kiosk.request("ping").path("ok").asBoolean()).isTrue();
    }

    // ---- bad input ---------------------------------------------------------------------------------------

    @Test
    void badFramesGetAnErrorAndTheConnectionStays() {
        WsClient c = hello("kiosk-1", "k1-secret");
        c.sendText("this is not json");
        JsonNode notJson = c.await(n -> n.has("re") && n.get("re").isNull(), "reply with re null");
        assertThat(code(notJson)).isEqualTo("BAD_REQUEST");
        c.sendText("[1,2,3]");
        assertThat(code(c.await(n -> n.has("re") && n.get("re").isNull(), "second error"))).isEqualTo("BAD_REQUEST");
        c.sendText("{\"op\":\"issue\",\"zone\":\"legal\"}");
        assertThat(code(c.await(n -> n.has("re") && n.get("re").isNull(), "missing id"))).isEqualTo("BAD_REQUEST");
        assertThat(code(c.request("issue"))).isEqualTo("BAD_REQUEST");
        assertThat(code(c.request("issue", "zone", 7))).isEqualTo("BAD_REQUEST");
        assertThat(code(c.request("issue", "zone", "legal", "green", "yes"))).isEqualTo("BAD_REQUEST");
        assertThat(code(c.request("issue", "zone", "moon"))).isEqualTo("NOT_FOUND");
        assertThat(code(c.request("issue", "zone", "legal", "idCard", "110105198001010010"))).isEqualTo("BAD_REQUEST");
        c.sendBinary(new byte[] {1, 2, 3});
        assertThat(code(c.await(n -> n.has("re") && n.get("re").isNull(), "binary refused"))).isEqualTo("BAD_REQUEST");
        String id = c.nextId();
        c.sendText("{\"id\":\"" + id + "\",\"op\":7}");
        assertThat(code(c.reply(id))).isEqualTo("BAD_REQUEST");
        // nothing was issued by any of that
        assertThat(c.request("issue", "zone", "legal").path("ticket").path("number").asText()).isEqualTo("A001");
    }

    @Test
    void aFrameOver64KiBClosesWith1009() {
        WsClient c = hello("kiosk-1", "k1-secret");
        c.sendText("{\"id\":\"big\",\"op\":\"ping\",\"pad\":\"" + "x".repeat(70 * 1024) + "\"}");
        assertThat(c.awaitClose()).isEqualTo(1009);
        WsClient again = hello("kiosk-1", "k1-secret");
        assertThat(again.request("ping").path("ok").asBoolean()).isTrue();
    }

    // ---- every op ----------------------------------------------------------------------------------------

    @Test
    void aTicketsWholeLifeOverTheWire() {
        WsClient kiosk = hello("kiosk-1", "k1-secret");
        WsClient pad = pad(1, "1001", "4821");
        JsonNode issued = kiosk.request("issue", "zone", "legal").path("ticket");
        assertThat(issued.path("state").asText()).isEqualTo("waiting");
        assertThat(issued.path("ahead").asInt()).isZero();
        assertThat(issued.has("estimatedWaitSec")).isTrue();
        assertThat(issued.path("day").asText()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());

        JsonNode called = pad.request("call-next").path("ticket");
        assertThat(called.path("number").asText()).isEqualTo("A001");
        assertThat(called.path("state").asText()).isEqualTo("called");
        assertThat(called.path("counter").asText()).isEqualTo("1");
        assertThat(pad.request("recall").path("ticket").path("recalls").asInt()).isEqualTo(1);
        assertThat(pad.request("start").path("ticket").path("state").asText()).isEqualTo("serving");
        assertThat(code(pad.request("finish", "outcome", "maybe"))).isEqualTo("BAD_REQUEST");
        JsonNode done = pad.request("finish", "outcome", "accepted", "dueDate", "2026-12-31").path("ticket");
        assertThat(done.path("state").asText()).isEqualTo("done");
        assertThat(done.path("outcome").asText()).isEqualTo("accepted");
        assertThat(pad.request("rate", "ticket", "A001", "level", 5).path("ok").asBoolean()).isTrue();
        assertThat(code(pad.request("rate", "ticket", "A001", "level", 5))).isEqualTo("CONFLICT");
        assertThat(pad.request("call-next").get("ticket").isNull()).isTrue();
        assertThat(pad.request("pause", "reason", "lunch").path("ok").asBoolean()).isTrue();
        assertThat(code(pad.request("call-next"))).isEqualTo("CONFLICT");
        assertThat(pad.request("resume").path("ok").asBoolean()).isTrue();
        assertThat(pad.request("logout").path("ok").asBoolean()).isTrue();
        assertThat(code(pad.request("call-next"))).isEqualTo("FORBIDDEN");
    }

    @Test
    void noShowRequeueAndTransferOverTheWire() {
        WsClient kiosk = hello("kiosk-1", "k1-secret");
        WsClient pad1 = pad(1, "1001", "4821");
        WsClient pad2 = pad(2, "1002", "7315");
        kiosk.request("issue", "zone", "legal");
        kiosk.request("issue", "zone", "legal");
        pad1.request("call-next");
        assertThat(pad1.request("no-show").path("ticket").path("state").asText()).isEqualTo("no_show");
        assertThat(pad1.request("no-shows").path("tickets").toString()).isEqualTo("[\"A001\"]");
        JsonNode back = pad1.request("requeue", "ticket", "A001").path("ticket");
        assertThat(back.path("state").asText()).isEqualTo("waiting");
        assertThat(back.path("ahead").asInt()).isEqualTo(1);
        assertThat(pad1.request("call-next").path("ticket").path("number").asText()).isEqualTo("A002");
        JsonNode moved = pad1.request("transfer", "zone", "natural").path("ticket");
        assertThat(moved.path("state").asText()).isEqualTo("transferred");
        assertThat(moved.path("zone").asText()).isEqualTo("natural");
        assertThat(pad2.request("call-next").path("ticket").path("number").asText()).isEqualTo("A002");
    }

    // ---- events ------------------------------------------------------------------------------------------

    @Test
    void displaysSeeCallsAndZoneDisplaysOnlyTheirZones() {
        WsClient all = hello("board-1", "d1-secret");
        WsClient estateOnly = hello("board-2", "d2-secret");
        WsClient kiosk = hello("kiosk-1", "k1-secret");
        WsClient pad1 = pad(1, "1001", "4821");
        WsClient pad4 = pad(4, "1004", "9152");
        kiosk.request("issue", "zone", "legal");
        kiosk.request("issue", "zone", "estate");
        pad1.request("call-next");
        pad4.request("call-next");

        JsonNode legalCall = all.awaitEvent("called", e -> e.path("ticket").path("number").asText().equals("A001"));
        assertThat(legalCall.path("counter").path("name").asText()).isEqualTo("1号窗口");
        assertThat(legalCall.path("announce").path("zh").asText()).isEqualTo("请A001号到1号窗口办理");
        assertThat(legalCall.path("announce").path("en").asText()).isEqualTo("Number A001, please go to Window 1");
        assertThat(legalCall.path("recall").asBoolean()).isFalse();
        assertThat(legalCall.path("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+08:00");
        all.awaitEvent("called", e -> e.path("ticket").path("number").asText().equals("C001"));
        all.awaitEvent("queue", e -> e.path("zone").asText().equals("legal") && e.path("waiting").asInt() == 0);
        all.awaitEvent("counter", e -> e.path("counter").path("id").asText().equals("1")
                && e.path("counter").path("state").asText().equals("called"));
        all.awaitEvent("ticket", e -> e.path("change").asText().equals("issued"));

        JsonNode estateCall = estateOnly.awaitEvent("called", e -> true);
        assertThat(estateCall.path("ticket").path("number").asText()).isEqualTo("C001");
        // the estate display's own later events prove the legal ones were not merely late
        pad4.request("no-show");
        estateOnly.awaitEvent("counter", e -> e.path("counter").path("id").asText().equals("4")
                && e.path("counter").path("state").asText().equals("idle"));
        assertThat(estateOnly.noneSeen(e -> e.path("ticket").path("zone").asText().equals("legal")
                || e.path("zone").asText().equals("legal"))).isTrue();
    }

    @Test
    void aKioskMayAskForQueueEventsOnlyAndDeviceReportsReachManagersOnly() {
        WsClient kiosk = connect();
        assertThat(code(kiosk.request("hello", "device", "kiosk-1", "token", "k1-secret", "events", List.of("gossip"))))
                .isEqualTo("BAD_REQUEST");
        for (Object every : new Object[] {-1, 60_001, 2.5, "250"}) {
            assertThat(code(kiosk.request("hello", "device", "kiosk-1", "token", "k1-secret", "queueEveryMs", every)))
                    .as("queueEveryMs " + every).isEqualTo("BAD_REQUEST");
        }
        assertThat(kiosk.request("hello", "device", "kiosk-1", "token", "k1-secret", "events", List.of("queue"),
                "queueEveryMs", 0).path("ok").asBoolean()).isTrue();
        WsClient office = hello("office", "m-secret");
        WsClient display = hello("board-1", "d1-secret");
        kiosk.request("issue", "zone", "natural");
        kiosk.awaitEvent("queue", e -> e.path("zone").asText().equals("natural"));
        assertThat(kiosk.request("report", "fault", "PAPER_OUT", "message", "纸用完了").path("ok").asBoolean()).isTrue();
        JsonNode report = office.awaitEvent("device", e -> true);
        assertThat(report.path("device").asText()).isEqualTo("kiosk-1");
        assertThat(report.path("fault").asText()).isEqualTo("PAPER_OUT");
        kiosk.request("issue", "zone", "legal");
        display.awaitEvent("queue", e -> e.path("zone").asText().equals("legal"));
        kiosk.awaitEvent("queue", e -> e.path("zone").asText().equals("legal"));
        assertThat(kiosk.noneSeen(e -> e.has("event") && !e.path("event").asText().equals("queue"))).isTrue();
        assertThat(display.noneSeen(e -> e.path("event").asText().equals("device"))).isTrue();
    }

    @Test
    void eventSeqIsStrictlyIncreasingAndFollowsTheHelloSeq() {
        WsClient display = connect();
        long helloSeq = display.request("hello", "device", "board-1", "token", "d1-secret").path("seq").asLong();
        WsClient kiosk = hello("kiosk-1", "k1-secret");
        for (int i = 0; i < 5; i++) {
            kiosk.request("issue", "zone", "natural");
        }
        long last = helloSeq;
        for (int i = 0; i < 10; i++) { // 5 × (ticket + queue)
            JsonNode e = display.await(n -> n.has("event"), "event " + i);
            assertThat(e.path("seq").asLong()).isGreaterThan(last);
            last = e.path("seq").asLong();
        }
        assertThat(hall.server.address().getPort()).isEqualTo(hall.port);
    }

    // ---- retries and races -------------------------------------------------------------------------------

    @Test
    void aRetriedCallNextAfterADroppedConnectionGetsTheSameTicketAndSkipsNone() {
        WsClient kiosk = hello("kiosk-1", "k1-secret");
        for (int i = 0; i < 3; i++) {
            kiosk.request("issue", "zone", "legal");
        }
        WsClient pad = pad(1, "1001", "4821");
        // the reply is lost: the pad drops the connection right after sending
        pad.send("pad-req-1", "call-next");
        pad.abort();
        WsClient again = hello("pad-1", "p1-secret");
        JsonNode retried = again.requestWithId("pad-req-1", "call-next");
        assertThat(retried.path("ok").asBoolean()).isTrue();
        assertThat(retried.path("ticket").path("number").asText()).isEqualTo("A001");
        JsonNode snapshot = again.request("snapshot").path("snapshot");
        assertThat(snapshot.path("zones").get(0).path("waiting").asInt()).as("only one ticket was called").isEqualTo(2);
        assertThat(snapshot.path("counters").get(0).path("ticket").path("number").asText()).isEqualTo("A001");
        // the same id once more, on the same connection, is still the same reply
        assertThat(again.requestWithId("pad-req-1", "call-next")).isEqualTo(retried);
        again.request("finish", "outcome", "done");
        assertThat(again.request("call-next").path("ticket").path("number").asText()).isEqualTo("A002");
    }

    @Test
    void aRetryIsAnsweredFromTheKeptReplyEvenAfterARestart() throws Exception {
        WsClient kiosk = hello("kiosk-1", "k1-secret");
        JsonNode first = kiosk.requestWithId("kiosk-req-9", "issue", "zone", "legal");
        kiosk.close();
        hall.close();
        hall = new RunningHall(Halls.test(), hall.data);
        WsClient again = hello("kiosk-1", "k1-secret");
        assertThat(again.requestWithId("kiosk-req-9", "issue", "zone", "legal")).isEqualTo(first);
        assertThat(again.request("issue", "zone", "legal").path("ticket").path("number").asText())
                .as("the retry issued nothing").isEqualTo("A002");
        // another device may use the same id: ids are the client's own
        WsClient pad = hello("pad-1", "p1-secret");
        assertThat(code(pad.requestWithId("kiosk-req-9", "call-next"))).isEqualTo("FORBIDDEN");
    }

    @Test
    void twelveCountersPressingCallNextAtOnceNeverGetTheSameTicket() throws Exception {
        String base = Halls.testYaml();
        StringBuilder yaml = new StringBuilder(base.substring(0, base.indexOf("counters:"))).append("counters:\n");
        for (int i = 1; i <= 12; i++) {
            yaml.append("  - { id: \"w").append(i).append("\", name: ").append(i)
                    .append("号窗口, zones: [legal, natural] }\n");
        }
        yaml.append("devices:\n  - { id: kiosk-1, role: kiosk, token: \"k1-secret\" }\n");
        for (int i = 1; i <= 12; i++) {
            yaml.append("  - { id: pad-w").append(i).append(", role: counter, token: \"pad-w").append(i)
                    .append("-secret\", counter: \"w").append(i).append("\" }\n");
        }
        String twelve = yaml.toString();
        hall.close();
        hall = new RunningHall(Halls.parse(twelve));
        WsClient kiosk = hello("kiosk-1", "k1-secret");
        for (int i = 0; i < 30; i++) {
            kiosk.request("issue", "zone", i % 2 == 0 ? "legal" : "natural");
        }
        List<WsClient> pads = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            pads.add(hello("pad-w" + i, "pad-w" + i + "-secret"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            Set<String> called = new HashSet<>();
            for (int round = 0; round < 2; round++) {
                CyclicBarrier together = new CyclicBarrier(12);
                List<CompletableFuture<JsonNode>> replies = new ArrayList<>();
                for (WsClient p : pads) {
                    replies.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        JsonNode r = p.request("call-next");
                        p.request("finish", "outcome", "done");
                        return r;
                    }, pool));
                }
                for (CompletableFuture<JsonNode> f : replies) {
                    String number = f.get().path("ticket").path("number").asText();
                    assertThat(called.add(number)).as("%s called twice", number).isTrue();
                }
            }
            assertThat(called).hasSize(24);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void statsOverTheWebSocketForTheManager() {
        WsClient kiosk = hello("kiosk-1", "k1-secret");
        kiosk.request("issue", "zone", "legal");
        WsClient office = hello("office", "m-secret");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonNode stats = office.request("stats", "from", today, "to", today);
        assertThat(stats.path("totals").path("issued").asInt()).isEqualTo(1);
        assertThat(code(office.request("stats", "from", today))).isEqualTo("BAD_REQUEST");
        assertThat(code(office.request("stats", "from", today, "to", "2000-01-01"))).isEqualTo("BAD_REQUEST");
        assertThat(Json.mapper().convertValue(stats.path("zones"), List.class)).hasSize(3);
    }
}
