package hallq.server.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.CounterState;
import hallq.protocol.ErrorCode;
import hallq.protocol.Op;
import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import hallq.protocol.client.HallClient;
import hallq.protocol.client.ServerAddress;
import hallq.protocol.event.Called;
import hallq.protocol.event.CounterChanged;
import hallq.protocol.event.DeviceReport;
import hallq.protocol.event.Event;
import hallq.protocol.event.EventData;
import hallq.protocol.event.EventKind;
import hallq.protocol.event.QueueChanged;
import hallq.protocol.event.TicketChange;
import hallq.protocol.event.TicketChanged;
import hallq.protocol.hall.Role;
import hallq.protocol.message.Refused;
import hallq.protocol.message.Replies;
import hallq.protocol.message.Replies.Welcome;
import hallq.protocol.message.Request;
import hallq.protocol.message.Requests;
import hallq.server.queue.Halls;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every op a terminal sends, as protocol's typed request, against the real server: each reply and each event is
 * read strictly into protocol's records (a field the server left out or wrote in another type fails here).
 */
class TypedContractTest {
    private RunningHall hall;
    private final List<HallClient> clients = new ArrayList<>();
    private final LinkedBlockingQueue<Event> managerHeard = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        hall = new RunningHall(Halls.test());
    }

    @AfterEach
    void stop() {
        clients.forEach(HallClient::close);
        hall.close();
    }

    private HallClient client(String device, String token, LinkedBlockingQueue<Event> events) throws Exception {
        LinkedBlockingQueue<Welcome> welcomes = new LinkedBlockingQueue<>();
        HallClient c = new HallClient(ServerAddress.fixed(URI.create("ws://127.0.0.1:" + hall.port + "/ws")), device,
                token, new HallClient.HallListener() {
                    @Override
                    public void connected(Welcome welcome) {
                        welcomes.add(welcome);
                    }

                    @Override
                    public void event(Event event) {
                        events.add(event);
                    }

                    @Override
                    public void disconnected(String why) {
                    }
                }).start();
        clients.add(c);
        Welcome w = welcomes.poll(15, TimeUnit.SECONDS);
        assertThat(w).as(device + " welcomed").isNotNull();
        assertThat(w.hall().zones()).extracting(z -> z.id()).contains("legal", "natural");
        assertThat(w.snapshot().counters()).isNotEmpty();
        return c;
    }

    private static <R> R call(HallClient c, Request<R> r) throws Exception {
        return c.call(r).get(15, TimeUnit.SECONDS);
    }

    @Test
    void everyRequestIsAnsweredInItsTypeAndEveryEventIsRead() throws Exception {
        HallClient manager = client("office", "m-secret", managerHeard);
        HallClient kiosk = client("kiosk-1", "k1-secret", new LinkedBlockingQueue<>());
        HallClient pad = client("pad-1", "p1-secret", new LinkedBlockingQueue<>());

        Replies.Issued a1 = call(kiosk, new Requests.Issue("legal", false, null));
        assertThat(a1.ticket().number()).isEqualTo("A001");
        assertThat(a1.ticket().state()).isEqualTo(TicketState.WAITING);
        assertThat(a1.key()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(call(pad, new Requests.Login("1001", "4821")).clerk().name()).isEqualTo("张三");
        assertThat(call(pad, new Requests.WindowAct(Op.CALL_NEXT)).ticket().number()).isEqualTo("A001");
        assertThat(call(pad, new Requests.WindowAct(Op.RECALL)).ticket().recalls()).isEqualTo(1);
        assertThat(call(pad, new Requests.WindowAct(Op.START)).ticket().state()).isEqualTo(TicketState.SERVING);
        assertThat(call(pad, new Requests.Finish(Outcome.ACCEPTED, LocalDate.now().plusDays(5))).ticket().outcome())
                .isEqualTo(Outcome.ACCEPTED);
        // a 不满意 (issue 20): it opens a 差评 work item, whose rating-item event the manager hears
        assertThat(call(pad, new Requests.Rate("A001", 2)).ticket().rating()).isEqualTo(2);
        assertThat(call(pad, new Requests.WindowAct(Op.CALL_NEXT)).ticket()).as("nobody waits").isNull();

        String second = call(kiosk, new Requests.Issue("legal", true, null)).ticket().number();
        // phone2: a walk-in ticket's phone
        assertThat(call(kiosk, new Requests.AttachPhone(second, "13912345678")).ticket().number()).isEqualTo(second);
        call(pad, new Requests.WindowAct(Op.CALL_NEXT));
        assertThat(call(pad, new Requests.WindowAct(Op.NO_SHOW)).ticket().state()).isEqualTo(TicketState.NO_SHOW);
        assertThat(call(pad, new Requests.NoShowsToday()).tickets()).containsExactly(second);
        assertThat(call(pad, new Requests.Requeue(second)).ticket().state()).isEqualTo(TicketState.WAITING);
        call(pad, new Requests.WindowAct(Op.CALL_NEXT));
        assertThat(call(pad, new Requests.Transfer("natural")).ticket().state()).isEqualTo(TicketState.TRANSFERRED);
        call(pad, new Requests.Pause("午休"));
        call(pad, new Requests.Resume());
        call(pad, new Requests.Logout());
        call(kiosk, new Requests.Report("PRINTER_PAPER_OUT", "纸用完了"));
        call(kiosk, new Requests.Ping());
        // cases2 (issue 18): the test hall has no catalogue; the reply's type is what is checked here
        assertThat(call(kiosk, new Requests.Matters(null)).matters()).isEmpty();
        assertThat(call(pad, new Requests.CaseCallList()).calls()).isEmpty();
        Replies.SnapshotReply now = call(kiosk, new Requests.SnapshotNow());
        assertThat(now.snapshot().recentCalls()).extracting(e -> e.data()).allMatch(d -> d instanceof Called);
        assertThat(now.snapshot().counters()).anyMatch(c -> c.id().equals("1") && c.state() == CounterState.CLOSED);
        String today = now.snapshot().recentCalls().get(0).at().substring(0, 10);
        assertThat(call(manager, new Requests.Stats(LocalDate.parse(today), LocalDate.parse(today))).totals().issued())
                .isEqualTo(2);

        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        Set<TicketChange> changes = EnumSet.noneOf(TicketChange.class);
        long lastSeq = 0;
        while (!(kinds.contains(EventKind.DEVICE))) {
            Event e = managerHeard.poll(15, TimeUnit.SECONDS);
            assertThat(e).as("the manager hears every kind, the kiosk's report last; heard " + kinds).isNotNull();
            assertThat(e.seq()).isGreaterThan(lastSeq);
            lastSeq = e.seq();
            EventData d = e.data();
            assertThat(d).isNotInstanceOf(EventData.Unknown.class);
            kinds.add(d.kind());
            if (d instanceof TicketChanged t) {
                changes.add(t.change());
            } else if (d instanceof Called c) {
                assertThat(c.announce().zh()).contains(c.ticket().number());
            } else if (d instanceof QueueChanged q) {
                assertThat(q.zone()).isIn("legal", "natural");
            } else if (d instanceof CounterChanged c) {
                assertThat(c.counter().id()).isEqualTo("1");
            } else if (d instanceof DeviceReport r) {
                assertThat(r.fault()).isEqualTo("PRINTER_PAPER_OUT");
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder(EventKind.values());
        assertThat(changes).contains(TicketChange.ISSUED, TicketChange.SERVING, TicketChange.DONE,
                TicketChange.RATED, TicketChange.NO_SHOW, TicketChange.REQUEUED, TicketChange.TRANSFERRED);
    }

    @Test
    void aRefusalArrivesAsRefusedWithItsCodeAndReason() throws Exception {
        HallClient pad = client("pad-1", "p1-secret", new LinkedBlockingQueue<>());
        assertThatThrownBy(() -> call(pad, new Requests.WindowAct(Op.CALL_NEXT)))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOfSatisfying(Refused.class,
                        r -> assertThat(r.is(ErrorCode.FORBIDDEN, "LOGIN_REQUIRED")).as(r.toString()).isTrue());
        assertThatThrownBy(() -> call(pad, new Requests.Login("1001", "0000")))
                .cause().isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
        assertThatThrownBy(() -> call(pad, new Requests.Issue("legal", false, null)))
                .cause().isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void theWelcomeSaysTheRole() throws Exception {
        LinkedBlockingQueue<Event> none = new LinkedBlockingQueue<>();
        HallClient board = client("board-2", "d2-secret", none);
        assertThat(board.isConnected()).isTrue();
        assertThat(Role.DISPLAY.wire()).isEqualTo("display");
    }
}
