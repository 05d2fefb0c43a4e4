package hallq.pad.link;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.pad.clerk.LinkState;
import hallq.pad.clerk.PadAction;
import hallq.pad.clerk.PadModel;
import hallq.pad.clerk.PadState;
import hallq.pad.support.LivePad;
import hallq.pad.support.StateProbe;
import hallq.testkit.FaultProxy;
import hallq.testkit.hall.TestHall;
import hallq.protocol.CounterState;
import hallq.protocol.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue server stops under a connected pad and starts again on the same port and data. The pad shows the loss,
 * comes back by itself with a fresh hello, and its screen is right again: the called ticket from before, and the
 * queue as it is now, including tickets issued while the pad could not reach the server (it heard no event of
 * those: only the new snapshot can tell it).
 */
class ServerRestartTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private TestHall hall;
    private FaultProxy proxy;
    private LivePad pad;

    @BeforeEach
    void start() throws Exception {
        hall = new TestHall();
        proxy = new FaultProxy(hall.port);
    }

    @AfterEach
    void stop() throws Exception {
        if (pad != null) {
            pad.close();
        }
        proxy.close();
        hall.close();
    }

    private static int legalWaiting(PadState s) {
        return s.queues().containsKey("legal") ? s.queues().get("legal").waiting() : -1;
    }

    @Test
    void afterARestartThePadIsBackWithItsTicketAndTheQueueAsItIsNow() throws Exception {
        hall.issue("legal");
        hall.issue("legal");
        pad = new LivePad(proxy.port()).loggedIn(WAIT);
        PadModel model = pad.model;
        StateProbe probe = pad.probe;
        pad.run(() -> model.perform(PadAction.CALL_NEXT));
        probe.await("A001 called", s -> s.pending() == null && s.ticket() != null
                && s.ticket().number().equals("A001") && legalWaiting(s) == 1, WAIT);

        proxy.refuse(true); // the pad cannot get through until the test says so
        hall.stop();
        PadState down = probe.await("offline", s -> s.link() == LinkState.OFFLINE, WAIT);
        assertThat(down.ticket().number()).as("the last known ticket stays on the screen").isEqualTo("A001");
        assertThat(PadAction.START.refusal(down)).isEqualTo("refusal.offline");

        hall.restart();
        hall.issue("legal"); // A003 and A004, while the pad is still cut off: no event of them reaches it
        hall.issue("legal");
        proxy.refuse(false);
        PadState back = probe.await("online again with the queue as it is now",
                s -> s.link() == LinkState.ONLINE && legalWaiting(s) == 3, WAIT);
        assertThat(back.ticket().number()).isEqualTo("A001");
        assertThat(back.counterState()).isEqualTo(CounterState.CALLED);
        assertThat(back.setup()).isNotNull();

        pad.run(() -> model.perform(PadAction.START));
        probe.await("serving A001", s -> s.pending() == null && s.counterState() == CounterState.SERVING, WAIT);
        pad.run(() -> model.finish(Outcome.DONE, null));
        probe.await("rating up", s -> s.rating() != null, WAIT);
        pad.run(() -> model.rate(4));
        probe.await("back to the clerk", s -> s.rating() == null, WAIT);
        pad.run(() -> model.perform(PadAction.CALL_NEXT));
        PadState next = probe.await("the next call", s -> s.pending() == null && s.ticket() != null
                && !s.ticket().number().equals("A001"), WAIT);
        assertThat(next.ticket().number()).as("the queue went on where it was").isEqualTo("A002");
        assertThat(hall.counter("3").path("ticket").path("number").asText()).isEqualTo("A002");
        assertThat(hall.statsToday().path("ratings").path("4").asInt()).isEqualTo(1);
    }
}
