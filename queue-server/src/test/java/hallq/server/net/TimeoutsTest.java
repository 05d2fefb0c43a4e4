package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.queue.Halls;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Protocol section 7: no hello in time, or nothing sent for too long, and the connection is closed. */
class TimeoutsTest {
    private static final long HELLO_MS = 300;
    private static final long IDLE_MS = 400;

    private static long since(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    @Test
    void aWebSocketThatSaysNoHelloIsClosedWithPolicyViolationAndOneThatDidStays() throws Exception {
        NetLimits limits = NetLimits.defaults().withHelloMillis(HELLO_MS);
        try (RunningHall hall = new RunningHall(Halls.test(), limits);
             WsClient kiosk = hall.hello("kiosk-1", "k1-secret");
             RawSocket silent = RawSocket.webSocket(hall.port, 0)) {
            long t0 = System.nanoTime();
            RawSocket.Frame close = silent.readFrame();
            long after = since(t0);
            assertThat(close).as("a close frame").isNotNull();
            assertThat(close.opcode()).isEqualTo(0x8);
            assertThat(close.closeCode()).isEqualTo(1008);
            assertThat(silent.readToEnd()).as("then the end of the stream").isEmpty();
            assertThat(after).as("ms until closed").isGreaterThanOrEqualTo(HELLO_MS - 50).isLessThan(5_000);
            // the kiosk said hello at once: it is still there, well past the hello deadline
            assertThat(kiosk.request("ping").path("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void aKeepAliveHttpConnectionThatSendsNothingMoreIsClosed() throws Exception {
        try (RunningHall hall = new RunningHall(Halls.test(), NetLimits.defaults().withIdleMillis(IDLE_MS));
             RawSocket http = RawSocket.connect(hall.port, 0)) {
            http.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertThat(http.readHead()).startsWith("HTTP/1.1 200");
            long t0 = System.nanoTime();
            String rest = http.readToEnd(); // the body, then the close
            assertThat(rest).contains("\"status\":\"ok\"");
            assertThat(since(t0)).as("ms until closed").isGreaterThanOrEqualTo(IDLE_MS - 100).isLessThan(5_000);
        }
    }

    @Test
    void aWebSocketThatSendsNothingIsClosedButOneThatAnswersThePingsStays() throws Exception {
        try (RunningHall hall = new RunningHall(Halls.test(), NetLimits.defaults().withIdleMillis(IDLE_MS));
             // Java's WebSocket answers pings by itself, as browsers do: that is all it will send
             WsClient display = hall.hello("board-1", "d1-secret")) {
            long t0 = System.nanoTime();
            for (int round = 0; round < 2; round++) {
                try (RawSocket mute = RawSocket.webSocket(hall.port, 0)) {
                    mute.hello("board-1", "d1-secret");
                    long opened = System.nanoTime();
                    boolean pinged = false;
                    for (RawSocket.Frame f = mute.readFrame(); f != null; f = mute.readFrame()) {
                        pinged |= f.opcode() == 0x9; // read, never answered
                    }
                    assertThat(pinged).as("it was pinged before it was closed").isTrue();
                    assertThat(since(opened)).as("ms until closed").isGreaterThanOrEqualTo(IDLE_MS - 100)
                            .isLessThan(5_000);
                }
            }
            assertThat(since(t0)).as("the display has been idle for two idle timeouts").isGreaterThan(2 * IDLE_MS - 200);
            assertThat(display.request("ping").path("ok").asBoolean()).as("and is still connected").isTrue();
        }
    }
}
