package hallq.server.queue;

import hallq.protocol.event.Called;
import hallq.protocol.event.DeviceReport;
import hallq.protocol.event.QueueChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.CounterState;
import hallq.protocol.ErrorCode;
import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.hall.HallConfig;
import hallq.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HallQueueTest {
    private ManualClock clock;
    private HallQueue hall;

    @BeforeEach
    void setUp() {
        clock = ManualClock.shanghai("2026-11-23T09:00:00");
        hall = newHall(Halls.test());
    }

    private HallQueue newHall(HallConfig config) {
        return new HallQueue(config, clock, Halls.hasher(), RestoredHall.EMPTY);
    }

    private TicketView issue(String zone) {
        clock.advanceSeconds(1);
        return hall.issue("kiosk-1", zone, false, null);
    }

    private TicketView issueGreen(String zone) {
        clock.advanceSeconds(1);
        return hall.issue("kiosk-1", zone, true, null);
    }

    private void loginAll() {
        hall.login("1", "1001", "4821");
        hall.login("2", "1002", "7315");
        hall.login("3", "1003", "2648");
        hall.login("4", "1004", "9152");
    }

    /** Calls at the counter and finishes at once; returns the number called, or null. */
    private String callAndFinish(String counter) {
        clock.advanceSeconds(1);
        TicketView t = hall.callNext(counter);
        if (t == null) {
            return null;
        }
        hall.finish(counter, Outcome.DONE, null);
        return t.number();
    }

    // ---- numbering -----------------------------------------------------------------------------------

    @Test
    void numbersRunPerZoneAndPerGreenPrefix() {
        assertThat(issue("legal").number()).isEqualTo("A001");
        assertThat(issue("legal").number()).isEqualTo("A002");
        assertThat(issue("natural").number()).isEqualTo("B001");
        assertThat(issueGreen("legal").number()).isEqualTo("VA001");
        assertThat(issue("legal").number()).isEqualTo("A003");
    }

    @Test
    void pastNineHundredNinetyNineNumbersGoOnWithFourDigits() {
        for (int i = 1; i <= 999; i++) {
            hall.issue("kiosk-1", "legal", false, null);
        }
        assertThat(hall.issue("kiosk-1", "legal", false, null).number()).isEqualTo("A1000");
    }

    @Test
    void businessDayFollowsShanghaiNotTheJvmZone() {
        // 23:59 in Shanghai is 15:59 UTC, the JVM's zone in tests: still the same business day until 16:00 UTC
        clock = ManualClock.shanghai("2026-11-23T23:58:00");
        hall = newHall(Halls.test());
        TicketView late = issue("legal");
        assertThat(late.day()).isEqualTo("2026-11-23");
        TicketView waiting = issue("legal");
        assertThat(hall.rollOverIfDue()).isFalse();

        clock.set(Instant.parse("2026-11-23T16:00:01Z")); // 00:00:01 on the 24th in Shanghai
        hall.takeEffects();
        assertThat(hall.rollOverIfDue()).isTrue();
        Effects e = hall.takeEffects();
        assertThat(e.ticketRecords()).extracting(TicketRecord::number).containsExactlyInAnyOrder("A001", "A002");
        assertThat(e.ticketRecords()).allMatch(t -> t.state() == TicketState.CANCELLED);
        assertThat(e.events()).anyMatch(ev -> ev.kind().equals(HallEvent.QUEUE)
                && ((QueueChanged) ev.data()).waiting() == 0);

        TicketView first = issue("legal");
        assertThat(first.number()).isEqualTo("A001");
        assertThat(first.day()).isEqualTo("2026-11-24");
        assertThat(hall.ticket(LocalDate.parse("2026-11-23"), waiting.number())).isEmpty();
        assertThat(hall.snapshot().zones().get(0).waiting()).isEqualTo(1);
    }

    @Test
    void rolloverKeepsTheTicketAWindowIsServingAcrossMidnight() {
        clock = ManualClock.shanghai("2026-11-23T23:50:00");
        hall = newHall(Halls.test());
        loginAll();
        issue("legal");
        hall.callNext("1");
        hall.start("1");
        clock.set(Instant.parse("2026-11-23T16:10:00Z"));
        hall.rollOverIfDue();
        TicketView done = hall.finish("1", Outcome.DONE, null);
        assertThat(done.day()).isEqualTo("2026-11-23");
        assertThat(done.state()).isEqualTo(TicketState.DONE);
        assertThat(hall.snapshot().counters().get(0).servedToday()).isEqualTo(1);
    }

    // ---- order of calling ------------------------------------------------------------------------------

    @Test
    void greenChannelGoesFirstButAtMostGreenBurstInARowWhileNormalsWait() {
        loginAll();
        List<String> normals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            normals.add(issue("legal").number());
        }
        for (int i = 0; i < 5; i++) {
            issueGreen("legal");
        }
        List<String> order = new ArrayList<>();
        String n;
        while ((n = callAndFinish("1")) != null) {
            order.add(n);
        }
        assertThat(order).containsExactly("VA001", "VA002", "VA003", "A001", "VA004", "VA005", "A002", "A003");
    }

    @Test
    void greenCallsWithNobodyElseWaitingDoNotUseUpTheBurst() {
        loginAll();
        issueGreen("legal");
        issueGreen("legal");
        assertThat(callAndFinish("1")).isEqualTo("VA001");
        assertThat(callAndFinish("1")).isEqualTo("VA002");
        for (int i = 0; i < 3; i++) {
            issueGreen("legal");
        }
        issue("legal");
        assertThat(List.of(callAndFinish("1"), callAndFinish("1"), callAndFinish("1"), callAndFinish("1")))
                .containsExactly("VA003", "VA004", "VA005", "A001");
    }

    @Test
    void transferredTicketKeepsItsNumberAndGoesFirstInTheTargetZone() {
        loginAll();
        issue("natural");
        issueGreen("natural");
        TicketView a = issue("legal");
        hall.callNext("1");
        TicketView moved = hall.transfer("1", "natural");
        assertThat(moved.number()).isEqualTo(a.number());
        assertThat(moved.state()).isEqualTo(TicketState.TRANSFERRED);
        assertThat(moved.zone()).isEqualTo("natural");
        assertThat(moved.fromZone()).isEqualTo("legal");
        assertThat(moved.ahead()).isZero();
        assertThat(hall.counterState("1")).isEqualTo(CounterState.IDLE);
        assertThat(callAndFinish("2")).isEqualTo("A001");
        assertThat(callAndFinish("2")).isEqualTo("VB001");
        assertThat(callAndFinish("2")).isEqualTo("B001");
    }

    @Test
    void transferToTheSameOrAnUnknownZoneIsRefused() {
        loginAll();
        issue("legal");
        hall.callNext("1");
        assertThatThrownBy(() -> hall.transfer("1", "legal")).hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT);
        assertThatThrownBy(() -> hall.transfer("1", "moon")).hasFieldOrPropertyWithValue("code", ErrorCode.NOT_FOUND);
        assertThat(hall.counterState("1")).isEqualTo(CounterState.CALLED);
    }

    @Test
    void windowServesItsZonesBeforeItsAlsoZones() {
        loginAll();
        issue("legal");      // A001: window 2's alsoZone
        issue("natural");    // B001: window 2's zone
        assertThat(callAndFinish("2")).isEqualTo("B001");
        assertThat(callAndFinish("2")).isEqualTo("A001");
        assertThat(callAndFinish("2")).isNull();
        issue("estate");
        assertThat(callAndFinish("1")).as("window 1 does not serve estate").isNull();
        assertThat(callAndFinish("3")).isEqualTo("C001");
    }

    @Test
    void amongItsZonesTheLongestWaitingTicketGoesFirst() {
        loginAll();
        issue("natural");
        issue("legal");
        issue("natural");
        assertThat(List.of(callAndFinish("3"), callAndFinish("3"), callAndFinish("3")))
                .containsExactly("B001", "A001", "B002");
    }

    @Test
    void requeuedNoShowWaitsBehindRequeueGapTickets() {
        loginAll();
        issue("legal");
        hall.callNext("1");
        hall.noShow("1");
        for (int i = 0; i < 5; i++) {
            issue("legal");
        }
        TicketView back = hall.requeue("1", "A001");
        assertThat(back.state()).isEqualTo(TicketState.WAITING);
        assertThat(back.ahead()).isEqualTo(3);
        List<String> order = new ArrayList<>();
        String n;
        while ((n = callAndFinish("1")) != null) {
            order.add(n);
        }
        assertThat(order).containsExactly("A002", "A003", "A004", "A001", "A005", "A006");
    }

    @Test
    void requeueWithFewerWaitingThanTheGapGoesLast() {
        loginAll();
        issue("legal");
        hall.callNext("1");
        hall.noShow("1");
        issue("legal");
        assertThat(hall.requeue("1", "A001").ahead()).isEqualTo(1);
        assertThat(callAndFinish("1")).isEqualTo("A002");
        assertThat(callAndFinish("1")).isEqualTo("A001");
    }

    @Test
    void onlyANoShowOfTodayCanBeRequeued() {
        loginAll();
        issue("legal");
        assertThatThrownBy(() -> hall.requeue("1", "A001")).hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT);
        assertThatThrownBy(() -> hall.requeue("1", "A999")).hasFieldOrPropertyWithValue("code", ErrorCode.NOT_FOUND);
    }

    @Test
    void aheadPredictsTheActualCallingOrder() {
        loginAll();
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 15; i++) {
                if (random.nextInt(3) == 0) {
                    issueGreen("legal");
                } else {
                    issue("legal");
                }
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                callAndFinish("1"); // leaves the burst streak somewhere in between
            }
            List<String> waiting = new ArrayList<>();
            List<Integer> predicted = new ArrayList<>();
            for (int i = 1; i <= 999; i++) {
                for (String prefix : List.of("A", "VA")) {
                    String number = prefix + String.format("%03d", i);
                    hall.ticket(hall.day(), number).filter(t -> t.state() == TicketState.WAITING).ifPresent(t -> {
                        waiting.add(t.number());
                        predicted.add(t.ahead());
                    });
                }
            }
            List<String> actual = new ArrayList<>();
            String n;
            while ((n = callAndFinish("1")) != null) {
                actual.add(n);
            }
            for (int i = 0; i < waiting.size(); i++) {
                assertThat(actual.indexOf(waiting.get(i))).as("round %d, %s", round, waiting.get(i))
                        .isEqualTo(predicted.get(i));
            }
        }
    }

    // ---- ID numbers, limits, hours ------------------------------------------------------------------------

    /** A valid ID number for a birth date (yyyyMMdd): protocol's IdNumberTest checks the check character by hand. */
    static String idNumber(String birth, int seq) {
        String body = "110105" + birth + String.format("%03d", seq);
        return body + hallq.protocol.IdNumber.checkCharacter(body);
    }

    @Test
    void elderlyFromTheIdNumberGetTheGreenChannelByThemselves() {
        // the business day is 2026-11-23: born 1956-11-23 is 70 today, born 1956-11-24 is still 69
        TicketView seventy = hall.issue("kiosk-1", "legal", false, idNumber("19561123", 1));
        TicketView sixtyNine = hall.issue("kiosk-1", "legal", false, idNumber("19561124", 2));
        assertThat(seventy.green()).isTrue();
        assertThat(seventy.number()).isEqualTo("VA001");
        assertThat(sixtyNine.green()).isFalse();
    }

    @Test
    void aWrongCheckDigitIsABadRequestThatChangesNothing() {
        String good = idNumber("19800101", 7);
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        hall.takeEffects();
        assertThatThrownBy(() -> hall.issue("kiosk-1", "legal", false, bad))
                .isInstanceOf(HallException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST)
                .hasFieldOrPropertyWithValue("reason", "ID_CHECK");
        assertThatThrownBy(() -> hall.issue("kiosk-1", "legal", false, "12345"))
                .hasFieldOrPropertyWithValue("reason", "ID_FORMAT");
        assertThat(hall.takeEffects().isEmpty()).isTrue();
        assertThat(issue("legal").number()).isEqualTo("A001");
    }

    @Test
    void onePersonGetsAtMostPerPersonDailyTicketsOfAZone() {
        String id = idNumber("19900315", 3);
        for (int i = 0; i < 3; i++) {
            hall.issue("kiosk-1", "legal", false, id);
        }
        assertThatThrownBy(() -> hall.issue("kiosk-1", "legal", false, id.toLowerCase()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT)
                .hasFieldOrPropertyWithValue("reason", "PERSON_DAILY_LIMIT");
        assertThat(hall.issue("kiosk-1", "natural", false, id).number()).as("another zone").isEqualTo("B001");
        assertThat(hall.issue("kiosk-1", "legal", false, idNumber("19900315", 4)).number()).isEqualTo("A004");
    }

    @Test
    void theIdNumberItselfIsNeverStored() {
        String id = idNumber("19900315", 3);
        hall.issue("kiosk-1", "legal", false, id);
        TicketRecord stored = hall.takeEffects().ticketRecords().get(0);
        assertThat(stored.toString()).doesNotContain(id).doesNotContain(id.substring(6, 14));
        assertThat(stored.idHash()).hasSize(64);
    }

    @Test
    void pastTheDailyCapTheZoneIsClosed() {
        for (int i = 0; i < 5; i++) {
            issue("estate");
        }
        assertThatThrownBy(() -> issue("estate"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.CLOSED)
                .hasFieldOrPropertyWithValue("reason", "DAILY_CAP");
        assertThat(issue("legal").number()).isEqualTo("A001");
    }

    @Test
    void outsideOpeningHoursIssueIsClosed() {
        hall = newHall(Halls.test("timezone: Asia/Shanghai",
                "timezone: Asia/Shanghai\n  hours: [\"08:30-12:00\", \"14:00-17:30\"]"));
        clock.set(ManualClock.shanghai("2026-11-23T12:30:00").instant());
        assertThatThrownBy(() -> hall.issue("kiosk-1", "legal", false, null))
                .hasFieldOrPropertyWithValue("code", ErrorCode.CLOSED)
                .hasFieldOrPropertyWithValue("reason", "HOURS");
        clock.set(ManualClock.shanghai("2026-11-23T14:00:00").instant());
        assertThat(hall.issue("kiosk-1", "legal", false, null).number()).isEqualTo("A001");
        clock.set(ManualClock.shanghai("2026-11-23T17:30:00").instant());
        assertThatThrownBy(() -> hall.issue("kiosk-1", "legal", false, null))
                .hasFieldOrPropertyWithValue("code", ErrorCode.CLOSED);
    }

    @Test
    void unknownZoneIsNotFound() {
        assertThatThrownBy(() -> hall.issue("kiosk-1", "moon", false, null))
                .hasFieldOrPropertyWithValue("code", ErrorCode.NOT_FOUND);
    }

    // ---- windows ---------------------------------------------------------------------------------------

    @Test
    void windowStatesFollowLoginCallServeFinishAndPause() {
        assertThat(hall.counterState("1")).isEqualTo(CounterState.CLOSED);
        assertThatThrownBy(() -> hall.callNext("1")).hasFieldOrPropertyWithValue("code", ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> hall.login("1", "1001", "0000")).hasFieldOrPropertyWithValue("code", ErrorCode.UNAUTHORIZED);
        assertThatThrownBy(() -> hall.login("1", "9999", "4821")).hasFieldOrPropertyWithValue("code", ErrorCode.UNAUTHORIZED);
        hall.login("1", "1001", "4821");
        assertThat(hall.counterState("1")).isEqualTo(CounterState.IDLE);
        assertThat(hall.callNext("1")).as("nobody waits").isNull();
        issue("legal");
        issue("legal");
        hall.callNext("1");
        assertThat(hall.counterState("1")).isEqualTo(CounterState.CALLED);
        assertThatThrownBy(() -> hall.callNext("1")).hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT);
        assertThatThrownBy(() -> hall.pause("1", "lunch")).hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT);
        assertThatThrownBy(() -> hall.logout("1")).hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT);
        hall.start("1");
        assertThat(hall.counterState("1")).isEqualTo(CounterState.SERVING);
        assertThatThrownBy(() -> hall.noShow("1")).hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT);
        assertThatThrownBy(() -> hall.recall("1")).hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT);
        hall.finish("1", Outcome.CONSULT, null);
        assertThat(hall.counterState("1")).isEqualTo(CounterState.IDLE);
        hall.pause("1", "lunch");
        assertThat(hall.counterState("1")).isEqualTo(CounterState.PAUSED);
        assertThatThrownBy(() -> hall.callNext("1")).hasFieldOrPropertyWithValue("reason", "PAUSED");
        clock.advance(Duration.ofMinutes(30));
        hall.resume("1");
        Effects e = hall.takeEffects();
        assertThat(e.pauses()).singleElement().satisfies(p -> {
            assertThat(Duration.between(p.from(), p.to())).isEqualTo(Duration.ofMinutes(30));
            assertThat(p.reason()).isEqualTo("lunch");
        });
        assertThat(hall.callNext("1").number()).isEqualTo("A002");
        hall.noShow("1");
        hall.logout("1");
        assertThat(hall.counterState("1")).isEqualTo(CounterState.CLOSED);
    }

    @Test
    void aClerkLoggingInAtAnotherWindowLeavesTheFirstOne() {
        hall.login("1", "1001", "4821");
        hall.login("2", "1001", "4821");
        assertThat(hall.counterState("1")).isEqualTo(CounterState.CLOSED);
        assertThat(hall.counterState("2")).isEqualTo(CounterState.IDLE);
    }

    @Test
    void recallCallsTheSameTicketAgainAndCountsIt() {
        loginAll();
        issue("legal");
        TicketView first = hall.callNext("1");
        hall.takeEffects();
        clock.advanceSeconds(30);
        TicketView again = hall.recall("1");
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(again.recalls()).isEqualTo(1);
        assertThat(again.calledAt()).as("the first call stays the wait's end").isEqualTo(first.calledAt());
        HallEvent called = hall.takeEffects().events().stream()
                .filter(e -> e.kind().equals(HallEvent.CALLED)).findFirst().orElseThrow();
        Called data = (Called) called.data();
        assertThat(data.recall()).isTrue();
        assertThat(data.announce().zh()).isEqualTo("请A001号到1号窗口办理");
        assertThat(data.announce().en()).isEqualTo("Number A001, please go to Window 1");
    }

    @Test
    void finishNeedsAnOutcomeAndDueDateGoesOnlyWithAccepted() {
        loginAll();
        issue("legal");
        hall.callNext("1");
        assertThatThrownBy(() -> hall.finish("1", null, null)).hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST);
        assertThatThrownBy(() -> hall.finish("1", Outcome.DONE, LocalDate.parse("2026-12-01")))
                .hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST);
        TicketView t = hall.finish("1", Outcome.ACCEPTED, LocalDate.parse("2026-12-01"));
        assertThat(t.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(t.dueDate()).isEqualTo("2026-12-01");
        assertThat(t.state()).isEqualTo(TicketState.DONE);
    }

    @Test
    void aTicketIsRatedOnceAndOnlyAtTheWindowThatFinishedIt() {
        loginAll();
        issue("legal");
        issue("legal");
        hall.callNext("1");
        assertThatThrownBy(() -> hall.rate("1", "A001", 5)).as("not finished yet")
                .hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT);
        hall.finish("1", Outcome.DONE, null);
        assertThatThrownBy(() -> hall.rate("3", "A001", 5)).as("another window")
                .hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT);
        assertThatThrownBy(() -> hall.rate("1", "A001", 6)).hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST);
        assertThatThrownBy(() -> hall.rate("1", "A001", 0)).hasFieldOrPropertyWithValue("code", ErrorCode.BAD_REQUEST);
        assertThat(hall.rate("1", "A001", 4).rating()).isEqualTo(4);
        assertThatThrownBy(() -> hall.rate("1", "A001", 1)).hasFieldOrPropertyWithValue("reason", "ALREADY_RATED");
        assertThatThrownBy(() -> hall.rate("1", "A002", 1)).hasFieldOrPropertyWithValue("code", ErrorCode.CONFLICT);
    }

    @Test
    void aRefusalChangesNothingAndEmitsNothing() {
        loginAll();
        issue("legal");
        hall.callNext("1");
        hall.takeEffects();
        long seq = hall.seq();
        assertThatThrownBy(() -> hall.callNext("1")).isInstanceOf(HallException.class);
        assertThatThrownBy(() -> hall.transfer("1", "moon")).isInstanceOf(HallException.class);
        assertThat(hall.takeEffects().isEmpty()).isTrue();
        assertThat(hall.seq()).isEqualTo(seq);
    }

    // ---- events and views ------------------------------------------------------------------------------

    @Test
    void aCallEmitsCalledQueueAndCounterEventsWithIncreasingSeq() {
        loginAll();
        issue("estate");
        hall.takeEffects();
        hall.callNext("4");
        List<HallEvent> events = hall.takeEffects().events();
        assertThat(events).extracting(HallEvent::kind).containsExactly("called", "counter", "queue");
        assertThat(events).extracting(HallEvent::seq).isSorted().doesNotHaveDuplicates();
        assertThat(events.get(0).zones()).containsExactly("estate");
        assertThat(hall.snapshot().recentCalls()).first().isEqualTo(events.get(0));
    }

    @Test
    void changesWrittenTogetherGiveOneQueueEventPerZoneWithTheFinalCounts() {
        hall.takeEffects();
        for (int i = 0; i < 5; i++) {
            issue("legal");
        }
        issueGreen("natural");
        List<HallEvent> queueEvents = hall.takeEffects().events().stream()
                .filter(e -> e.kind().equals(HallEvent.QUEUE)).toList();
        assertThat(queueEvents).extracting(e -> (QueueChanged) e.data()).containsExactly(
                new QueueChanged("legal", 5, 0, 5), new QueueChanged("natural", 1, 1, 0));
        assertThat(hall.takeEffects().isEmpty()).isTrue();
    }

    @Test
    void snapshotCountsWaitingGreenAndLongestWait() {
        issue("legal");
        issueGreen("legal");
        clock.advance(Duration.ofMinutes(10));
        var legal = hall.snapshot().zones().get(0);
        assertThat(legal.waiting()).isEqualTo(2);
        assertThat(legal.greenWaiting()).isEqualTo(1);
        assertThat(legal.longestWaitSec()).isEqualTo(601);
    }

    @Test
    void waitEstimateUsesTodaysServiceTimesAndOpenWindows() {
        hall.login("1", "1001", "4821");
        issue("legal");
        hall.callNext("1");
        clock.advanceSeconds(120);
        hall.finish("1", Outcome.DONE, null); // 121 s from call (1 s issue step) to finish
        issue("legal");
        TicketView third = issue("legal");
        assertThat(third.ahead()).isEqualTo(1);
        assertThat(third.estimatedWaitSec()).isEqualTo(120);
        hall.login("3", "1003", "2648");
        TicketView fourth = issue("legal");
        assertThat(fourth.estimatedWaitSec()).isEqualTo(120); // 2 ahead, 2 windows
    }

    // ---- restore -----------------------------------------------------------------------------------------

    @Test
    void aRestoredHallIsTheSameHall() {
        loginAll();
        List<TicketRecord> rows = new ArrayList<>();
        List<DeskRecord> desks = new ArrayList<>();
        issue("legal");
        issueGreen("legal");
        issue("natural");
        issue("legal");
        hall.callNext("1");
        hall.start("1");
        hall.callNext("2");
        hall.noShow("2");
        hall.pause("4", "meeting");
        Effects e = hall.takeEffects();
        rows.addAll(e.ticketRecords());
        desks.addAll(e.deskRecords());
        var before = hall.snapshot();

        HallQueue again = new HallQueue(Halls.test(), clock, Halls.hasher(),
                new RestoredHall(rows, desks, hall.seq(), before.recentCalls()));
        var after = again.snapshot();
        assertThat(after.zones()).isEqualTo(before.zones());
        assertThat(after.counters()).isEqualTo(before.counters());
        assertThat(after.seq()).isEqualTo(before.seq());
        assertThat(again.takeEffects().isEmpty()).isTrue();
        assertThat(again.issue("kiosk-1", "legal", false, null).number()).isEqualTo("A003");
        assertThat(again.callNext("3").number()).isEqualTo("A001"); // VA001 is at window 1
        assertThat(again.requeue("3", "B001").state()).isEqualTo(TicketState.WAITING);
    }

    @Test
    void ticketsLeftWaitingOnAPastDayAreCancelledAtStart() {
        issue("legal");
        List<TicketRecord> rows = hall.takeEffects().ticketRecords();
        clock.advance(Duration.ofDays(1));
        HallQueue next = new HallQueue(Halls.test(), clock, Halls.hasher(), new RestoredHall(rows, List.of(), 7, List.of()));
        Effects e = next.takeEffects();
        assertThat(e.ticketRecords()).singleElement().satisfies(t -> assertThat(t.state()).isEqualTo(TicketState.CANCELLED));
        assertThat(e.events()).extracting(HallEvent::seq).allMatch(s -> s > 7);
        assertThat(next.snapshot().zones().get(0).waiting()).isZero();
        assertThat(next.issue("kiosk-1", "legal", false, null).number()).isEqualTo("A001");
    }
    // ---- login lockout (contract section 7) ----------------------------------------------------------------

    private HallException loginRefusal(String counter, String clerk, String pin) {
        try {
            hall.login(counter, clerk, pin);
        } catch (HallException e) {
            return e;
        }
        throw new AssertionError("login of " + clerk + " at " + counter + " was not refused");
    }

    private List<HallEvent> deviceEvents() {
        return hall.takeEffects().events().stream().filter(e -> e.kind().equals(HallEvent.DEVICE)).toList();
    }

    @Test
    void fiveWrongPinsForAClerkLockItsLoginsForFiveMinutesEvenWithTheRightPin() {
        for (int i = 0; i < 4; i++) {
            assertThat(loginRefusal("1", "1001", "0000").reason()).isEqualTo("BAD_PIN");
        }
        assertThat(deviceEvents()).as("no lock yet, so nothing for the managers").isEmpty();
        assertThat(loginRefusal("1", "1001", "0000").reason()).isEqualTo("BAD_PIN");
        List<HallEvent> told = deviceEvents();
        assertThat(told).hasSize(1);
        assertThat(((DeviceReport) told.get(0).data()).fault()).isEqualTo("LOGIN_LOCKED");

        HallException locked = loginRefusal("1", "1001", "4821");
        assertThat(locked.code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(locked.reason()).isEqualTo("LOCKED");
        // the clerk is locked at every window, not only where the PINs were guessed
        assertThat(loginRefusal("3", "1001", "4821").reason()).isEqualTo("LOCKED");
        hall.login("3", "1003", "2648"); // another clerk at another window is not

        clock.advance(LoginGuard.LOCKED_FOR.minusSeconds(1));
        assertThat(loginRefusal("2", "1001", "4821").reason()).isEqualTo("LOCKED");
        clock.advanceSeconds(1);
        assertThat(hall.login("2", "1001", "4821").id()).isEqualTo("1001");
    }

    @Test
    void fiveWrongPinsFromOnePadLockThatPadForEveryClerkIdKnownOrNot() {
        for (String clerk : List.of("9991", "9992", "1002", "9993", "nobody")) {
            assertThat(loginRefusal("4", clerk, "0000").reason()).isEqualTo("BAD_PIN");
        }
        assertThat(deviceEvents()).hasSize(1);
        assertThat(loginRefusal("4", "1004", "9152").reason()).isEqualTo("LOCKED");
        assertThat(hall.login("1", "1004", "9152").id()).as("the clerk is not locked elsewhere").isEqualTo("1004");
        clock.advance(LoginGuard.LOCKED_FOR);
        assertThat(hall.login("4", "1002", "7315").id()).isEqualTo("1002");
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            loginRefusal("1", "1001", "0000");
        }
        hall.login("1", "1001", "4821");
        for (int i = 0; i < 4; i++) {
            assertThat(loginRefusal("1", "1001", "0000").reason()).isEqualTo("BAD_PIN");
        }
        assertThat(hall.login("1", "1001", "4821").id()).isEqualTo("1001");
    }

    @Test
    void theLockoutOutlivesARebuiltQueue() {
        LoginGuard logins = new LoginGuard();
        HallQueue first = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY, logins);
        for (int i = 0; i < LoginGuard.WRONG_IN_A_ROW; i++) {
            assertThatThrownBy(() -> first.login("1", "1001", "0000")).hasFieldOrPropertyWithValue("reason", "BAD_PIN");
        }
        HallQueue rebuilt = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY, logins);
        assertThatThrownBy(() -> rebuilt.login("1", "1001", "4821")).hasFieldOrPropertyWithValue("reason", "LOCKED");
    }
}
