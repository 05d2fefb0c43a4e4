package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Op;
import hallq.protocol.client.HallClient;
import hallq.server.queue.Halls;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The terminals' client within its limits: a timeout per request, and a bounded wait while the hall is away. */
class HallClientLimitsTest {
    /** Nothing listens on port 1 of loopback: the hall is away. */
    private static final URI AWAY = URI.create("ws://127.0.0.1:1/ws");

    private static Throwable failure(CompletableFuture<JsonNode> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("it did not fail");
    }

    @Test
    void whileTheHallIsAwayOnlySoManyRequestsWaitAndOneMoreIsAClearError() throws Exception {
        try (HallClient pad = new HallClient(AWAY, "pad-1", "p1-secret", HallClient.Listener.quiet()).start()) {
            List<CompletableFuture<JsonNode>> waiting = new ArrayList<>();
            for (int i = 0; i < HallClient.MAX_UNANSWERED; i++) {
                waiting.add(pad.request(Op.CALL_NEXT, null));
            }
            Throwable overflow = failure(pad.request(Op.CALL_NEXT, null));
            assertThat(overflow).isInstanceOf(HallClient.Overflow.class)
                    .hasMessageContaining(HallClient.MAX_UNANSWERED + " requests wait")
                    .hasMessageContaining("not reachable");
            assertThat(waiting).noneMatch(CompletableFuture::isDone);
        }
    }

    @Test
    void aRequestWithoutAnAnswerInItsTimeFails() throws Exception {
        try (HallClient pad = new HallClient(AWAY, "pad-1", "p1-secret", HallClient.Listener.quiet())
                .requestTimeout(Duration.ofMillis(300)).start()) {
            long t0 = System.nanoTime();
            Throwable late = failure(pad.request(Op.CALL_NEXT, null));
            assertThat(late).isInstanceOf(TimeoutException.class).hasMessageContaining("call-next");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isGreaterThanOrEqualTo(300);
            // and it makes room: the limit counts only what still waits
            for (int i = 0; i < HallClient.MAX_UNANSWERED; i++) {
                pad.request(Op.CALL_NEXT, null);
            }
        }
    }

    @Test
    void aHallThatAnswersAnswersWithinTheTimeout() throws Exception {
        try (RunningHall hall = new RunningHall(Halls.test());
             HallClient kiosk = new HallClient(URI.create("ws://127.0.0.1:" + hall.port + "/ws"), "kiosk-1",
                     "k1-secret", HallClient.Listener.quiet()).requestTimeout(Duration.ofSeconds(10)).start()) {
            JsonNode r = kiosk.request(Op.ISSUE, HallClient.args("zone", "legal")).get(15, TimeUnit.SECONDS);
            assertThat(r.path("ok").asBoolean()).isTrue();
        }
    }
}
