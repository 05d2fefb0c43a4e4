package hallq.pad.clerk;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.pad.support.FakeLink;
import hallq.pad.support.Hellos;
import hallq.pad.support.Pads;
import hallq.protocol.CounterState;
import hallq.protocol.ErrorCode;
import hallq.protocol.Outcome;
import hallq.protocol.Snapshot;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.ZoneStatus;
import hallq.protocol.event.QueueChanged;
import hallq.protocol.event.TicketChange;
import hallq.protocol.event.TicketChanged;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.Role;
import hallq.protocol.message.Replies.LoggedIn;
import hallq.protocol.message.Replies.SnapshotReply;
import hallq.protocol.message.Replies.Welcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PadModelTest {
    private final Pads pads = new Pads();
    private final PadModel model = pads.model;
    private final FakeLink link = pads.link;

    private static TicketView a001(TicketState s) {
        return Hellos.ticket("A001", "legal", s);
    }

    @Test
    void theHelloGivesTheWindowItsZonesOwnOnesFirst() {
        assertThat(model.state().link()).isEqualTo(LinkState.CONNECTING);
        pads.hello(Hellos.pad3(CounterState.IDLE, null), "A004");
        PadState s = model.state();
        assertThat(s.link()).isEqualTo(LinkState.ONLINE);
        assertThat(s.setup().counter().name()).isEqualTo("3号窗口");
        assertThat(s.queues().keySet()).containsExactly("legal", "natural", "estate");
        assertThat(s.setup().isOwnZone("estate")).isFalse();
        assertThat(s.counter().servedToday()).isEqualTo(4);
        assertThat(s.noShows()).containsExactly("A004");
    }

    @Test
    void callNextWaitsForItsReplyWithEveryButtonDisabledThenShowsTheTicket() {
        pads.hello(Hellos.pad3(CounterState.IDLE, null));
        model.perform(PadAction.CALL_NEXT);
        FakeLink.Sent call = link.next("call-next");
        assertThat(model.state().pending()).isEqualTo("call-next");
        for (PadAction a : PadAction.values()) {
            assertThat(a.allowedIn(model.state())).as(a.name()).isFalse();
        }

        call.okTicket(a001(TicketState.CALLED));

        PadState s = model.state();
        assertThat(s.pending()).isNull();
        assertThat(s.counterState()).isEqualTo(CounterState.CALLED);
        assertThat(s.ticket().number()).isEqualTo("A001");
        assertThat(s.notice().key()).isEqualTo("notice.call-next");
        assertThat(PadAction.START.allowedIn(s)).isTrue();
        assertThat(PadAction.CALL_NEXT.allowedIn(s)).isFalse();
    }

    @Test
    void callNextWithNobodyWaitingSaysSo() {
        pads.hello(Hellos.pad3(CounterState.IDLE, null));
        model.perform(PadAction.CALL_NEXT);
        link.next("call-next").okTicket(null);
        assertThat(model.state().counterState()).isEqualTo(CounterState.IDLE);
        assertThat(model.state().notice().key()).isEqualTo("notice.nobodyWaiting");
    }

    @Test
    void theCounterEventIsTheServersWordAfterTheReply() {
        pads.hello(Hellos.pad3(CounterState.CALLED, a001(TicketState.CALLED)));
        model.perform(PadAction.START);
        link.next("start").okTicket(a001(TicketState.SERVING));
        assertThat(model.state().counterState()).isEqualTo(CounterState.SERVING);

        link.server().event(Hellos.counterEvent(101, Hellos.counter3(CounterState.SERVING, a001(TicketState.SERVING))));
        assertThat(model.state().counter()).isEqualTo(Hellos.counter3(CounterState.SERVING, a001(TicketState.SERVING)));
        // another window's event is not ours
        link.server().event(Hellos.counterEvent(102,
                new hallq.protocol.CounterView("4", "4号窗口", null, CounterState.IDLE, null, null, null, 0, null)));
        assertThat(model.state().counter().id()).isEqualTo("3");
    }

    @Test
    void queueEventsCountTheWindowsZonesOnly() {
        pads.hello(Hellos.pad3(CounterState.IDLE, null));
        link.server().event(Hellos.event(101, new QueueChanged("legal", 12, 2, 840)));
        link.server().event(Hellos.event(102, new QueueChanged("pickup", 9, 0, 10)));
        ZoneStatus legal = model.state().queues().get("legal");
        assertThat(legal.waiting()).isEqualTo(12);
        assertThat(legal.greenWaiting()).isEqualTo(2);
        assertThat(legal.name()).isEqualTo("法人服务区");
        assertThat(model.state().queues()).doesNotContainKey("pickup");
    }

    @Test
    void noShowsComeAndGoWithTicketEvents() {
        pads.hello(Hellos.pad3(CounterState.IDLE, null));
        link.server().event(Hellos.event(101, new TicketChanged(a001(TicketState.NO_SHOW), TicketChange.NO_SHOW)));
        assertThat(model.state().noShows()).containsExactly("A001");
        assertThat(PadAction.REQUEUE.allowedIn(model.state())).isTrue();

        model.requeue("A001");
        link.next("requeue").okTicket(a001(TicketState.WAITING));
        assertThat(model.state().noShows()).isEmpty();
        assertThat(PadAction.REQUEUE.allowedIn(model.state())).isFalse();
    }

    @Test
    void aRefusalIsShownAndThePadAsksForTheHallAgain() {
        pads.hello(Hellos.pad3(CounterState.IDLE, null));
        model.perform(PadAction.CALL_NEXT);
        link.next("call-next").error(ErrorCode.CONFLICT, "TICKET_OPEN", "3号窗口 still has A001");
        assertThat(model.state().notice().key()).isEqualTo("error.TICKET_OPEN");
        assertThat(model.state().notice().level()).isEqualTo(Notice.Level.ERROR);

        Snapshot snap = new Snapshot(List.of(), List.of(Hellos.counter3(CounterState.CALLED, a001(TicketState.CALLED))),
                List.of());
        link.next("snapshot").ok(new SnapshotReply(snap, 150));
        assertThat(model.state().counterState()).isEqualTo(CounterState.CALLED);
    }

    @Test
    void aSnapshotOlderThanAnEventAlreadyAppliedIsDropped() {
        pads.hello(Hellos.pad3(CounterState.IDLE, null));
        model.perform(PadAction.RESUME); // refused by the pad itself: not paused
        assertThat(link.unanswered()).isEmpty();
        model.perform(PadAction.CALL_NEXT);
        link.next("call-next").error(ErrorCode.CONFLICT, "PAUSED", "paused");
        link.server().event(Hellos.counterEvent(120, Hellos.counter3(CounterState.PAUSED, null)));
        Snapshot old = new Snapshot(List.of(), List.of(Hellos.counter3(CounterState.IDLE, null)), List.of());
        link.next("snapshot").ok(new SnapshotReply(old, 110));
        assertThat(model.state().counterState()).isEqualTo(CounterState.PAUSED);
    }

    @Test
    void aKeyPressedWhenItsActionCannotBeDoneIsToldNotIgnored() {
        pads.hello(Hellos.pad3(CounterState.SERVING, a001(TicketState.SERVING)));
        model.perform(PadAction.CALL_NEXT);
        assertThat(link.unanswered()).isEmpty();
        assertThat(model.state().notice().key()).isEqualTo("refusal.ticketOpen");
        assertThat(model.state().notice().level()).isEqualTo(Notice.Level.WARNING);
    }

    @Test
    void losingTheLinkKeepsWhatThePadKnewDisablesEverythingAndTheReplyAfterTheReconnectCounts() {
        pads.hello(Hellos.pad3(CounterState.IDLE, null));
        model.perform(PadAction.CALL_NEXT);
        FakeLink.Sent call = link.next("call-next");

        link.server().disconnected("dropped");
        PadState down = model.state();
        assertThat(down.link()).isEqualTo(LinkState.OFFLINE);
        assertThat(down.counterState()).isEqualTo(CounterState.IDLE);
        assertThat(down.queues()).hasSize(3);
        assertThat(down.pending()).isEqualTo("call-next");
        for (PadAction a : PadAction.values()) {
            assertThat(a.refusal(down)).isEqualTo("refusal.offline");
        }

        // the server had acted before the drop: the new hello already shows A001 called
        pads.hello(Hellos.pad3(CounterState.CALLED, a001(TicketState.CALLED)));
        assertThat(model.state().link()).isEqualTo(LinkState.ONLINE);
        assertThat(model.state().pending()).as("still waiting for the re-sent call").isEqualTo("call-next");
        call.okTicket(a001(TicketState.CALLED));
        assertThat(model.state().pending()).isNull();
        assertThat(model.state().ticket().number()).isEqualTo("A001");
    }

    @Test
    void aReplyThatCrossedAReconnectDoesNotOverrideTheNewerSnapshot() {
        pads.hello(Hellos.pad3(CounterState.IDLE, null));
        model.pause("午间休息");
        FakeLink.Sent pause = link.next("pause");
        link.server().disconnected("dropped");
        // meanwhile the manager's view: the clerk logged in elsewhere, this window closed
        pads.hello(Hellos.pad3(CounterState.CLOSED, null));
        pause.ok();
        assertThat(model.state().counterState()).isEqualTo(CounterState.CLOSED);
    }

    @Test
    void loginThenWrongPin() {
        pads.hello(Hellos.pad3(CounterState.CLOSED, null));
        model.login("1001", "0000");
        link.next("login").error(ErrorCode.UNAUTHORIZED, "BAD_PIN", "wrong clerk id or PIN");
        assertThat(model.state().notice().key()).isEqualTo("error.BAD_PIN");
        assertThat(link.unanswered()).as("no resync for a wrong PIN").isEmpty();

        model.login("1001", "4821");
        assertThat(link.next("login").args().path("pin").asText()).isEqualTo("4821");
        // (answered in the next test)
    }

    @Test
    void loginOpensTheWindow() {
        pads.hello(Hellos.pad3(CounterState.CLOSED, null));
        model.login("1001", "4821");
        link.next("login").ok(new LoggedIn(Hellos.CLERK));
        assertThat(model.state().counterState()).isEqualTo(CounterState.IDLE);
        assertThat(model.state().counter().clerk().name()).isEqualTo("张三");
        assertThat(model.state().notice().args()).containsExactly("张三");
    }

    @Test
    void pauseWithAReasonAndResume() {
        pads.hello(Hellos.pad3(CounterState.IDLE, null));
        model.pause("  业务学习 ");
        FakeLink.Sent pause = link.next("pause");
        assertThat(pause.args().path("reason").asText()).isEqualTo("业务学习");
        pause.ok();
        assertThat(model.state().counterState()).isEqualTo(CounterState.PAUSED);
        assertThat(model.state().counter().pauseReason()).isEqualTo("业务学习");
        model.togglePause();
        link.next("resume").ok();
        assertThat(model.state().counterState()).isEqualTo(CounterState.IDLE);
    }

    @Test
    void finishSendsTheOutcomeAndADueDateOnlyForAnAcceptedMatter() {
        pads.hello(Hellos.pad3(CounterState.SERVING, a001(TicketState.SERVING)));
        model.finish(Outcome.ACCEPTED, LocalDate.of(2026, 12, 4));
        FakeLink.Sent f = link.next("finish");
        assertThat(f.args().path("outcome").asText()).isEqualTo("accepted");
        assertThat(f.args().path("dueDate").asText()).isEqualTo("2026-12-04");
        f.error(ErrorCode.INTERNAL, "STORAGE", "try again");

        model.finish(Outcome.INCOMPLETE, LocalDate.of(2026, 12, 4));
        FakeLink.Sent g = link.next("finish");
        assertThat(g.args().path("outcome").asText()).isEqualTo("incomplete");
        assertThat(g.args().has("dueDate")).isFalse();
    }

    @Test
    void transferNamesTheTargetZone() {
        pads.hello(Hellos.pad3(CounterState.SERVING, a001(TicketState.SERVING)));
        model.transfer("estate");
        FakeLink.Sent t = link.next("transfer");
        assertThat(t.args().path("zone").asText()).isEqualTo("estate");
        TicketView moved = new TicketView("A001", "estate", false, TicketState.TRANSFERRED, "2026-11-22", null, null,
                null, 0, null, null, null, null, null, null, 0, "legal");
        t.okTicket(moved);
        assertThat(model.state().counterState()).isEqualTo(CounterState.IDLE);
        assertThat(model.state().notice().args()).hasSize(2);
        assertThat(model.state().notice().args().get(1)).isInstanceOf(hallq.protocol.hall.Zone.class);
    }

    @Test
    void aFaultOfThePadIsReportedToTheManagerWithoutHoldingUpTheClerk() {
        pads.hello(Hellos.pad3(CounterState.IDLE, null));
        model.report("KEYS_UNUSABLE", "Cannot set up button call-next on pin 17");
        FakeLink.Sent r = link.next("report");
        assertThat(r.args().path("fault").asText()).isEqualTo("KEYS_UNUSABLE");
        assertThat(r.args().path("message").asText()).contains("pin 17");
        assertThat(model.state().pending()).isNull();
        assertThat(PadAction.CALL_NEXT.allowedIn(model.state())).isTrue();
    }

    @Test
    void aRefusedHelloIsShownWithItsReason() {
        link.server().disconnected("hello refused: unknown device or wrong token");
        assertThat(model.state().link()).isEqualTo(LinkState.OFFLINE);
        assertThat(model.state().notice().key()).isEqualTo("error.helloRefused");
        assertThat(model.state().notice().args()).containsExactly("hello refused: unknown device or wrong token");
    }

    @Test
    void aDeviceThatIsNotACounterSaysSo() {
        Welcome pad3 = Hellos.pad3(CounterState.IDLE, null);
        link.server().connected(new Welcome(pad3.role(), new Device("kiosk-1", Role.KIOSK, null, null, null),
                pad3.hall(), pad3.snapshot(), pad3.seq()));
        assertThat(model.state().notice().key()).isEqualTo("error.notACounter");
        assertThat(PadAction.CALL_NEXT.allowedIn(model.state())).isFalse();
    }
}
