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
import hallq.protocol.client.HallClient;
import hallq.protocol.client.ServerAddress;
import hallq.protocol.event.Called;
import hallq.protocol.event.Event;
import hallq.protocol.event.EventKind;
import hallq.protocol.message.Replies.Welcome;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pad model on the real client against the real server, through a relay that loses the reply to a
 * {@code call-next} the server has already acted on and then cuts the line. Only a re-send with the same id
 * gets that reply (a new id would be refused: the window already holds a ticket); and no ticket is skipped.
 */
class RetryAfterDropTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private TestHall hall;
    private FaultProxy proxy;
    private LivePad pad;
    private HallClient display;
    private final LinkedBlockingQueue<Called> calls = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        hall = new TestHall();
        proxy = new FaultProxy(hall.port);
        HallClient.HallListener board = new HallClient.HallListener() {
            @Override
            public void connected(Welcome welcome) {
            }

            @Override
            public void event(Event event) {
                if (event.data() instanceof Called c) {
                    calls.add(c);
                }
            }

            @Override
            public void disconnected(String why) {
            }
        };
        display = new HallClient(ServerAddress.fixed(hall.ws()), "board-1", "demo-board-1", board)
                .events(EventKind.CALLED.wire()).start();
    }

    @AfterEach
    void stop() throws Exception {
        if (pad != null) {
            pad.close();
        }
        display.close();
        proxy.close();
        hall.close();
    }

    @Test
    void anUnansweredCallNextIsSentAgainWithItsIdAndNoTicketIsSkippedOrCalledTwice() throws Exception {
        for (int i = 0; i < 3; i++) {
            hall.issue("legal");
        }
        pad = new LivePad(proxy.port()).loggedIn(WAIT);
        PadModel model = pad.model;
        StateProbe probe = pad.probe;

        proxy.swallowReplies();
        pad.run(() -> model.perform(PadAction.CALL_NEXT));
        Called called = calls.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(called).as("the server called someone").isNotNull();
        assertThat(called.ticket().number()).isEqualTo("A001");
        assertThat(model.state().pending()).as("the reply never reached the pad").isEqualTo("call-next");

        proxy.cut();
        PadState down = probe.await("offline", s -> s.link() == LinkState.OFFLINE, WAIT);
        assertThat(down.pending()).isEqualTo("call-next");
        assertThat(PadAction.CALL_NEXT.refusal(down)).isEqualTo("refusal.offline");
        PadState after = probe.await("the call answered after the reconnect",
                s -> s.link() == LinkState.ONLINE && s.pending() == null, WAIT);
        assertThat(after.notice().key()).as("the kept reply, not a refusal").isEqualTo("notice.call-next");
        assertThat(after.notice().args()).containsExactly("A001");
        assertThat(after.ticket().number()).isEqualTo("A001");
        assertThat(after.counterState()).isEqualTo(CounterState.CALLED);

        pad.run(() -> model.finish(Outcome.DONE, null));
        probe.await("rating up after the finish", s -> s.rating() != null, WAIT);
        pad.run(() -> model.rate(5));
        probe.await("back to the clerk", s -> s.rating() == null, WAIT);
        pad.run(() -> model.perform(PadAction.CALL_NEXT));
        PadState next = probe.await("the next call", s -> s.pending() == null && s.ticket() != null, WAIT);
        assertThat(next.ticket().number()).as("A001 was not called twice, A002 not skipped").isEqualTo("A002");
        assertThat(calls.poll(WAIT.toSeconds(), TimeUnit.SECONDS).ticket().number()).isEqualTo("A002");
        assertThat(calls).as("no other call was made").isEmpty();
    }
}
