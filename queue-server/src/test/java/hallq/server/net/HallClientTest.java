package hallq.server.net;

import static hallq.protocol.client.HallClient.args;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.client.HallClient;
import hallq.server.queue.Halls;
import hallq.testkit.FaultProxy;
import java.net.URI;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The terminals' client against a real server that goes away and comes back. */
class HallClientTest {
    private RunningHall hall;
    private HallClient pad;
    private HallClient display;
    private final LinkedBlockingQueue<String> padLink = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<JsonNode> displayEvents = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<JsonNode> displayHellos = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        hall = new RunningHall(Halls.test());
        URI uri = URI.create("ws://127.0.0.1:" + hall.port + "/ws");
        pad = new HallClient(uri, "pad-1", "p1-secret", new HallClient.Listener() {
            @Override
            public void connected(JsonNode hello) {
                padLink.add("up");
            }

            @Override
            public void event(JsonNode event) {
            }

            @Override
            public void disconnected(String why) {
                padLink.add("down");
            }
        }).start();
        display = new HallClient(uri, "board-1", "d1-secret", new HallClient.Listener() {
            @Override
            public void connected(JsonNode hello) {
                displayHellos.add(hello);
            }

            @Override
            public void event(JsonNode event) {
                displayEvents.add(event);
            }

            @Override
            public void disconnected(String why) {
            }
        }).start();
        assertThat(padLink.poll(10, TimeUnit.SECONDS)).isEqualTo("up");
        assertThat(displayHellos.poll(10, TimeUnit.SECONDS)).isNotNull();
    }

    @AfterEach
    void stop() {
        pad.close();
        display.close();
        hall.close();
    }

    private static JsonNode get(java.util.concurrent.CompletableFuture<JsonNode> f) throws Exception {
        return f.get(15, TimeUnit.SECONDS);
    }

    private JsonNode nextCall() throws InterruptedException {
        while (true) {
            JsonNode e = displayEvents.poll(15, TimeUnit.SECONDS);
            assertThat(e).as("a called event").isNotNull();
            if (e.path("event").asText().equals("called")) {
                return e;
            }
        }
    }

    @Test
    void requestsAreAnsweredAndEventsArrive() throws Exception {
        WsClient kiosk = hall.hello("kiosk-1", "k1-secret");
        kiosk.request("issue", "zone", "legal");
        assertThat(get(pad.request("login", args("clerk", "1001", "pin", "4821"))).path("ok").asBoolean()).isTrue();
        assertThat(get(pad.request("call-next")).path("ticket").path("number").asText()).isEqualTo("A001");
        assertThat(nextCall().path("ticket").path("number").asText()).isEqualTo("A001");
        kiosk.close();
    }

    @Test
    void aRequestOrASecondCloseAfterCloseIsToldTheClientIsClosedNeverThrown() throws Exception {
        pad.close();
        java.util.concurrent.CompletableFuture<JsonNode> late = pad.request("call-next");
        assertThat(late).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(
                java.util.concurrent.ExecutionException.class).withMessageContaining("client closed");
        pad.close(); // and once more in stop()
    }

    @Test
    void aDroppedLinkReconnectsAndTheUnansweredCallIsResentWithItsIdNeverSkippingATicket() throws Exception {
        WsClient kiosk = hall.hello("kiosk-1", "k1-secret");
        for (int i = 0; i < 3; i++) {
            kiosk.request("issue", "zone", "legal");
        }
        get(pad.request("login", args("clerk", "1001", "pin", "4821")));
        var call = pad.request("call-next");
        pad.dropConnection(); // maybe before, maybe after the server got it: either way no ticket is lost
        assertThat(padLink.poll(10, TimeUnit.SECONDS)).isEqualTo("down");
        assertThat(padLink.poll(15, TimeUnit.SECONDS)).isEqualTo("up");
        assertThat(get(call).path("ticket").path("number").asText()).isEqualTo("A001");
        get(pad.request("finish", args("outcome", "done")));
        assertThat(get(pad.request("call-next")).path("ticket").path("number").asText()).isEqualTo("A002");
        kiosk.close();
    }

    @Test
    void aLinkThatGoesSilentIsDroppedAndTheUnansweredRequestIsResentOnANewOne() throws Exception {
        WsClient kiosk = hall.hello("kiosk-1", "k1-secret");
        kiosk.request("issue", "zone", "legal");
        kiosk.close();
        try (FaultProxy relay = new FaultProxy(hall.port)) {
            LinkedBlockingQueue<String> link = new LinkedBlockingQueue<>();
            HallClient quiet = new HallClient(URI.create("ws://127.0.0.1:" + relay.port() + "/ws"), "pad-2",
                    "p2-secret", new HallClient.Listener() {
                        @Override
                        public void connected(JsonNode hello) {
                            link.add("up");
                        }

                        @Override
                        public void event(JsonNode event) {
                        }

                        @Override
                        public void disconnected(String why) {
                            link.add("down: " + why);
                        }
                    }).heartbeat(java.time.Duration.ofMillis(200), java.time.Duration.ofMillis(1000)).start();
            try {
                assertThat(link.poll(10, TimeUnit.SECONDS)).isEqualTo("up");
                get(quiet.request("login", args("clerk", "1002", "pin", "7315")));
                relay.freeze(); // no close, no error: the link just stops carrying anything
                var call = quiet.request("call-next");
                assertThat(link.poll(10, TimeUnit.SECONDS)).startsWith("down: no word from the server");
                assertThat(link.poll(10, TimeUnit.SECONDS)).isEqualTo("up");
                assertThat(get(call).path("ticket").path("number").asText()).isEqualTo("A001");
            } finally {
                quiet.close();
            }
        }
    }

    @Test
    void aServerRestartedUnderConnectedTerminalsFindsThemBackAndRight() throws Exception {
        WsClient kiosk = hall.hello("kiosk-1", "k1-secret");
        kiosk.request("issue", "zone", "legal");
        kiosk.request("issue", "zone", "legal");
        kiosk.close();
        get(pad.request("login", args("clerk", "1001", "pin", "4821")));
        get(pad.request("call-next"));
        nextCall();

        int port = hall.port;
        hall.close();
        assertThat(padLink.poll(10, TimeUnit.SECONDS)).isEqualTo("down");
        var whileDown = pad.request("recall"); // pressed while the server is away
        hall = new RunningHall(Halls.test(), hall.data, HallServer.MAX_UNSENT, port);

        assertThat(padLink.poll(20, TimeUnit.SECONDS)).isEqualTo("up");
        JsonNode recalled = get(whileDown);
        assertThat(recalled.path("ticket").path("number").asText()).isEqualTo("A001");
        assertThat(recalled.path("ticket").path("recalls").asInt()).isEqualTo(1);
        JsonNode hello = displayHellos.poll(20, TimeUnit.SECONDS);
        assertThat(hello).as("the display said hello again").isNotNull();
        JsonNode snap = hello.path("snapshot");
        assertThat(snap.path("counters").get(0).path("ticket").path("number").asText()).isEqualTo("A001");
        assertThat(snap.path("zones").get(0).path("waiting").asInt()).isEqualTo(1);
        // the display sees the recall either in its new snapshot or as an event after it, whichever came first
        JsonNode newest = snap.path("recentCalls").get(0);
        JsonNode recall = newest.path("recall").asBoolean() ? newest : nextCall();
        assertThat(recall.path("recall").asBoolean()).isTrue();
        assertThat(recall.path("ticket").path("number").asText()).isEqualTo("A001");
    }
}
