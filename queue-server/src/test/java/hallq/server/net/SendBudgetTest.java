package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.server.queue.Halls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Clients that do not read, over real sockets: each is dropped before it holds more than its budget, all of them
 * together never hold more than theirs, and a kiosk that reads is answered at once throughout.
 */
class SendBudgetTest {
    private static final int CLIENT = 64 * 1024;
    /** A kiosk waits this long at most for an answer, whatever the others do. */
    private static final long ANSWER_MS = 500;
    private static final long GIVE_UP_MS = 30_000;

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /** Pings the kiosk and /healthz once; the slower of the two answers in ms. */
    private static long answered(RunningHall hall, WsClient kiosk) throws Exception {
        long t0 = System.nanoTime();
        JsonNode pong = kiosk.request("ping");
        long t1 = System.nanoTime();
        assertThat(pong.path("ok").asBoolean()).as(pong.toString()).isTrue();
        assertThat(hall.get("/healthz", null).statusCode()).isEqualTo(200);
        return Math.max(ms(t1 - t0), ms(System.nanoTime() - t1));
    }

    @Test
    void aClientFloodingPingsBeforeHelloThatNeverReadsIsDroppedWithinItsBudget() throws Exception {
        NetLimits limits = NetLimits.defaults().withClientUnsentBytes(CLIENT).withTotalUnsentBytes(1 << 20)
                .withNoProgressMillis(1_000);
        try (RunningHall hall = new RunningHall(Halls.test(), limits);
             RawSocket attacker = RawSocket.webSocket(hall.port, 4096);
             WsClient kiosk = hall.hello("kiosk-1", "k1-secret")) {
            // each ping is answered UNAUTHORIZED: about 150 bytes of reply for 30 sent
            ByteArrayOutputStream burst = new ByteArrayOutputStream();
            for (int i = 0; i < 500; i++) {
                burst.write(RawSocket.textFrame("{\"id\":\"" + i + "\",\"op\":\"ping\"}"));
            }
            byte[] bytes = burst.toByteArray();
            CompletableFuture<Long> flood = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                long sent = 0;
                try {
                    while (true) {
                        attacker.out.write(bytes);
                        sent += bytes.length;
                    }
                } catch (IOException e) {
                    flood.complete(sent); // the server closed it
                }
            }, "flood");
            t.setDaemon(true);
            t.start();

            long worst = 0;
            long queued = 0;
            int rounds = 0;
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MS);
            while (!flood.isDone() || rounds < 10) {
                assertThat(System.nanoTime() - until).as("the flooding client was never dropped").isNegative();
                worst = Math.max(worst, answered(hall, kiosk));
                queued = Math.max(queued, hall.server.queuedBytes());
                rounds++;
            }
            assertThat(flood.join()).as("it got to send something before it was stopped").isPositive();
            assertThat(worst).as("the kiosk's and /healthz's slowest answer, ms").isLessThan(ANSWER_MS);
            assertThat(hall.server.unsentPeak()).as("the most ever unsent, bytes").isLessThanOrEqualTo(CLIENT + 4096);
            assertThat(queued).as("the most Netty was seen holding, bytes").isLessThanOrEqualTo(CLIENT + 4096);
            assertThat(kiosk.request("ping").path("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void displaysThatSayHelloAndNeverReadAreDroppedBeforeAllTogetherPassTheTotal() throws Exception {
        stuckDisplays(12, CLIENT, 256 * 1024);
    }

    /** The case at its size: 300 displays, each with the server's own budget, the total of a 128 MB server. */
    @Test
    void threeHundredDisplaysThatNeverReadLeaveTheHallAnswering() throws Exception {
        stuckDisplays(300, NetLimits.CLIENT_UNSENT_BYTES, 32L << 20);
    }

    private static void stuckDisplays(int displays, int client, long total) throws Exception {
        assertThat((long) displays * client).as("the displays could hold more than the total").isGreaterThan(total);
        NetLimits limits = NetLimits.defaults().withClientUnsentBytes(client).withTotalUnsentBytes(total)
                .withNoProgressMillis(GIVE_UP_MS) // the budgets must do it, not the clock
                .withConnectionsPerAddress(displays + 10);
        try (RunningHall hall = new RunningHall(Halls.test("kioskRate: 1000", "kioskRate: 100000000"), limits);
             WsClient kiosk = hall.hello("kiosk-1", "k1-secret");
             WsClient issuer = hall.hello("kiosk-1", "k1-secret");
             WsClient pad = hall.hello("pad-1", "p1-secret")) {
            List<RawSocket> stuck = new ArrayList<>();
            try {
                for (int i = 0; i < displays; i++) {
                    RawSocket d = RawSocket.webSocket(hall.port, 4096);
                    stuck.add(d);
                    d.hello("board-1", "d1-secret");
                    // the hello's answer (after the snapshot's events, if any), then never another byte read
                    for (RawSocket.Frame f = d.readFrame(); !f.text().contains("\"re\":\"hello-1\""); f = d.readFrame()) {
                        assertThat(f).isNotNull();
                    }
                }
                assertThat(hall.server.sessionsOf("board-1")).isEqualTo(displays);

                // events with long texts: a pause reason of some 195 characters (the most is 200) in every counter event, tickets between
                assertThat(pad.request("login", "clerk", "1001", "pin", "4821").path("ok").asBoolean()).isTrue();
                String reason = "窗口暂停：系统维护".repeat(22).substring(0, 190);
                AtomicBoolean stop = new AtomicBoolean();
                CompletableFuture<Integer> events = CompletableFuture.supplyAsync(() -> {
                    int n = 0;
                    while (!stop.get()) {
                        assertThat(issuer.request("issue", "zone", "legal").path("ok").asBoolean()).isTrue();
                        assertThat(pad.request("pause", "reason", reason + n).path("ok").asBoolean()).isTrue();
                        assertThat(pad.request("resume").path("ok").asBoolean()).isTrue();
                        n++;
                    }
                    return n;
                });
                long worst = 0;
                long queued = 0;
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MS);
                try {
                    while (hall.server.sessionsOf("board-1") > 0) {
                        assertThat(System.nanoTime() - until).as("displays still connected: "
                                + hall.server.sessionsOf("board-1")).isNegative();
                        if (events.isCompletedExceptionally()) {
                            events.join(); // says why
                        }
                        worst = Math.max(worst, answered(hall, kiosk));
                        queued = Math.max(queued, hall.server.queuedBytes());
                    }
                } finally {
                    stop.set(true);
                }
                assertThat(events.get(30, TimeUnit.SECONDS)).as("rounds of events").isPositive();
                assertThat(worst).as("the kiosk's and /healthz's slowest answer, ms").isLessThan(ANSWER_MS);
                assertThat(hall.server.unsentPeak()).as("the most ever unsent, bytes").isLessThanOrEqualTo(total);
                System.out.printf("SendBudgetTest: %d stuck displays dropped; the most unsent at once %d KiB (budget "
                        + "%d KiB), Netty seen holding %d KiB at most; the kiosk's slowest answer %d ms%n", displays,
                        hall.server.unsentPeak() >> 10, total >> 10, queued >> 10, worst);
                assertThat(queued).as("the most Netty was seen holding, bytes").isLessThanOrEqualTo(total + 4096);
                // the ones that read were never taken for the ones that do not
                assertThat(kiosk.request("ping").path("ok").asBoolean()).isTrue();
                assertThat(pad.request("ping").path("ok").asBoolean()).isTrue();
                for (RawSocket d : stuck) {
                    assertThat(d.readToEnd().length()).as("what a dropped display still had on its way")
                            .isLessThan(client + 64 * 1024);
                }
            } finally {
                for (RawSocket d : stuck) {
                    d.close();
                }
            }
        }
    }
}
