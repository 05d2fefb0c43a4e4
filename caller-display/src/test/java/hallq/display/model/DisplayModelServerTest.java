package hallq.display.model;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.display.support.Await;
import hallq.testkit.hall.TestHall;
import hallq.protocol.client.HallClient;
import hallq.protocol.event.Event;
import hallq.protocol.message.Replies.Welcome;
import hallq.terminal.link.HallClientLink;
import hallq.terminal.link.HallLink;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The model fed by a real queue server over the WebSocket, through the terminals' {@link HallClientLink}. */
class DisplayModelServerTest {
    private TestHall hall;

    @BeforeEach
    void up() throws Exception {
        hall = new TestHall();
    }

    @AfterEach
    void down() throws Exception {
        hall.close();
    }

    private static HallLink feed(TestHall hall, String device, String token, DisplayModel m) {
        HallLink link = new HallClientLink(hall.ws(), device, token, Runnable::run);
        link.start(new HallClient.HallListener() {
            @Override
            public void connected(Welcome hello) {
                m.connected(hello);
            }

            @Override
            public void event(Event event) {
                m.event(event);
            }

            @Override
            public void disconnected(String why) {
                m.disconnected();
            }
        });
        return link;
    }

    @Test
    void callsAndQueuesFromTheServerAndAgainAfterAReconnect() throws Exception {
        hall.issue("legal");
        hall.issue("legal");
        hall.issue("legal", true);
        DisplayModel m = new DisplayModel();
        HallLink board = feed(hall, "board-1", "demo-board-1", m);
        DisplayState s = Await.until(m, "hello", DisplayState::connected);
        assertThat(s.hallName()).isEqualTo("示范区政务服务大厅");
        ZoneLine legal = s.zones().stream().filter(z -> z.id().equals("legal")).findFirst().orElseThrow();
        assertThat(legal.waiting()).isEqualTo(3);
        assertThat(legal.greenWaiting()).isEqualTo(1);

        TestHall.Pad pad3 = hall.pad("3", "1001", "4821");
        String first = pad3.callNext(); // the green ticket goes first
        assertThat(first).startsWith("VA");
        s = Await.until(m, "first call", x -> x.newest() != null && x.newest().number().equals(first));
        assertThat(s.newest().counterName()).isEqualTo("3号窗口");
        assertThat(s.newest().zh()).contains(first).contains("3号窗口");
        Await.until(m, "queue after the call", x -> x.zones().stream()
                .anyMatch(z -> z.id().equals("legal") && z.waiting() == 2 && z.greenWaiting() == 0));
        pad3.recall();
        s = Await.until(m, "recall", x -> x.newest().recall());
        assertThat(s.calls()).hasSize(1);

        // the board goes away; two more calls happen; a new connection's snapshot brings them
        board.close();
        pad3.finish();
        String second = pad3.callNext();
        pad3.finish();
        String third = pad3.callNext();
        DisplayModel same = m;
        HallLink again = feed(hall, "board-1", "demo-board-1", same);
        try {
            s = Await.until(same, "reconnect", x -> x.newest() != null && x.newest().number().equals(third));
            assertThat(s.calls()).extracting(Call::number).containsExactly(third, second, first);
            assertThat(s.zones().stream().filter(z -> z.id().equals("legal")).findFirst().orElseThrow().waiting())
                    .isZero();
        } finally {
            again.close();
        }
    }

    @Test
    void afterTheServerRestartsTheLinkComesBackAndTheScreenIsRightAgain() throws Exception {
        hall.issue("natural");
        hall.issue("natural");
        DisplayModel m = new DisplayModel();
        HallLink board = feed(hall, "board-1", "demo-board-1", m);
        try {
            Await.until(m, "hello", DisplayState::connected);
            TestHall.Pad pad4 = hall.pad("4", "1003", "2648");
            String first = pad4.callNext();
            Await.until(m, "first call", x -> x.newest() != null && x.newest().number().equals(first));

            hall.stop();
            Await.until(m, "link down", x -> !x.connected());
            assertThat(m.state().calls()).extracting(Call::number).containsExactly(first); // still shown
            hall.restart();
            Await.until(m, "link back", DisplayState::connected);
            pad4.finish();
            String second = pad4.callNext(); // the pad's own link came back too
            DisplayState s = Await.until(m, "the call after the restart",
                    x -> x.newest() != null && x.newest().number().equals(second));
            assertThat(s.connected()).isTrue();
            assertThat(s.calls()).extracting(Call::number).containsExactly(second, first);
            Await.until(m, "the queue after the restart", x -> x.zones().stream()
                    .anyMatch(z -> z.id().equals("natural") && z.waiting() == 0));
        } finally {
            board.close();
        }
    }

    @Test
    void aDisplayWithZonesInTheHallFileSeesOnlyThoseAndALocalFilterNarrowsFurther() throws Exception {
        DisplayModel estate = new DisplayModel();
        DisplayModel local = new DisplayModel(Set.of("natural"));
        HallLink a = feed(hall, "board-estate", "demo-board-estate", estate);
        HallLink b = feed(hall, "board-2", "demo-board-2", local);
        try {
            Await.until(estate, "hello", DisplayState::connected);
            Await.until(local, "hello", DisplayState::connected);
            assertThat(estate.state().zones()).extracting(ZoneLine::id).containsExactly("estate");
            assertThat(local.state().zones()).extracting(ZoneLine::id).containsExactly("natural");
            hall.issue("legal");
            hall.issue("estate");
            hall.issue("natural");
            TestHall.Pad pad1 = hall.pad("1", "1001", "4821"); // legal
            TestHall.Pad pad6 = hall.pad("6", "1002", "7315"); // estate
            TestHall.Pad pad4 = hall.pad("4", "1003", "2648"); // natural
            String a1 = pad1.callNext();
            String c1 = pad6.callNext();
            String b1 = pad4.callNext();
            Await.until(estate, "estate call", x -> x.newest() != null && x.newest().number().equals(c1));
            Await.until(local, "natural call", x -> x.newest() != null && x.newest().number().equals(b1));
            assertThat(a1).startsWith("A");
            assertThat(estate.state().calls()).extracting(Call::number).containsExactly(c1);
            assertThat(local.state().calls()).extracting(Call::number).containsExactly(b1);
        } finally {
            a.close();
            b.close();
        }
    }
}
