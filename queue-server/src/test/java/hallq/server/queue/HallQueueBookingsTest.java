package hallq.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.ErrorCode;
import hallq.protocol.IdNumber;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.hall.HallConfig;
import hallq.server.booking.BookingRecord;
import hallq.server.booking.BookingState;
import hallq.testkit.ManualClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Booked tickets in the calling order (contract section 9) over a hand-moved clock: before the walk-ins of their
 * zone from their slot's start, after transferred ones, alternating with green by greenBurst; check-in by code and
 * by ID number, the 延时 session, the day's end and a restart.
 */
class HallQueueBookingsTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-23");
    private ManualClock clock;
    private HallQueue hall;
    private int people;

    static HallConfig hall(String hours) {
        return Halls.test("prefix: B }", "prefix: B, booking: { slots: [\"09:00-10:00\", \"10:00-11:00\"], "
                + "extraSessions: [\"12:00-13:00\"], perSlot: 5, daysAhead: 3 } }",
                "timezone: Asia/Shanghai", "timezone: Asia/Shanghai" + hours);
    }

    @BeforeEach
    void setUp() {
        clock = ManualClock.shanghai("2026-11-23T08:00:00");
        hall = new HallQueue(hall(""), clock, Halls.hasher(), RestoredHall.EMPTY);
        hall.login("2", "1002", "7315"); // window 2: natural, then legal
        hall.login("3", "1003", "2648"); // window 3: legal and natural
    }

    /** A valid resident ID number of its own for each person. */
    private String person() {
        String first17 = "11010519800101" + String.format("%03d", ++people);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private void at(String time) {
        clock.set(LocalDateTime.parse("2026-11-23T" + time).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private BookingRecord book(String slot) {
        return hall.book("natural", DAY, slot, person(), null);
    }

    private String checkIn(BookingRecord b) {
        return hall.checkIn("kiosk-1", b.code(), null).number();
    }

    private String walkIn(String zone) {
        return hall.issue("kiosk-1", zone, false, null).number();
    }

    private String callAndFinish(String counter) {
        TicketView t = hall.callNext(counter);
        if (t == null) {
            return null;
        }
        hall.finish(counter, hallq.protocol.Outcome.DONE, null);
        return t.number();
    }

    @Test
    void fromItsSlotsStartABookedTicketGoesBeforeTheWalkInsOfItsZone() {
        BookingRecord b = book("09:00-10:00");
        at("08:40:00");
        String w1 = walkIn("natural");
        at("08:45:00");
        String booked = checkIn(b);
        at("08:50:00");
        String w2 = walkIn("natural");
        at("08:55:00");
        assertThat(callAndFinish("2")).isEqualTo(w1); // before its slot: among the walk-ins by check-in time
        at("09:00:00");
        assertThat(callAndFinish("2")).isEqualTo(booked);
        assertThat(callAndFinish("2")).isEqualTo(w2);
    }

    @Test
    void beforeItsSlotABookedTicketWaitsAmongTheWalkInsByItsCheckInTime() {
        BookingRecord b = book("10:00-11:00");
        at("09:30:00");
        String booked = checkIn(b);
        at("09:31:00");
        String w1 = walkIn("natural");
        assertThat(callAndFinish("2")).isEqualTo(booked);
        assertThat(callAndFinish("2")).isEqualTo(w1);
    }

    @Test
    void aTransferredTicketGoesBeforeABookedOne() {
        BookingRecord b = book("09:00-10:00");
        at("08:45:00");
        String legal = walkIn("legal");
        assertThat(hall.callNext("3").number()).isEqualTo(legal);
        String booked = checkIn(b);
        at("09:05:00");
        hall.transfer("3", "natural");
        assertThat(callAndFinish("2")).isEqualTo(legal);
        assertThat(callAndFinish("2")).isEqualTo(booked);
    }

    @Test
    void bookedTicketsAlternateWithGreenOnesByTheBurst() {
        List<BookingRecord> bs = List.of(book("09:00-10:00"), book("09:00-10:00"));
        at("08:45:00");
        List<String> greens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            greens.add(hall.issue("kiosk-1", "natural", true, null).number());
        }
        List<String> booked = bs.stream().map(this::checkIn).toList();
        String walkIn = walkIn("natural");
        at("09:00:00");
        List<String> order = new ArrayList<>();
        for (String n; (n = callAndFinish("2")) != null; ) {
            order.add(n);
        }
        // greenBurst 3: three green, a booked one, the last green, the other booked one, then the walk-in
        assertThat(order).containsExactly(greens.get(0), greens.get(1), greens.get(2), booked.get(0), greens.get(3),
                booked.get(1), walkIn);
    }

    @Test
    void aBookedTicketCarriesItsBookingAndIsOfItsZonesNumbering() {
        BookingRecord b = book("09:00-10:00");
        at("08:40:00");
        String w1 = walkIn("natural");
        TicketView t = hall.checkIn("kiosk-1", b.code(), null);
        assertThat(t.booking()).isEqualTo(b.code());
        assertThat(t.number()).isEqualTo("B002").isNotEqualTo(w1);
        assertThat(t.zone()).isEqualTo("natural");
        assertThat(t.state()).isEqualTo(TicketState.WAITING);
        assertThat(hall.booking(b.code(), b.key()).state()).isEqualTo(BookingState.CHECKED_IN);
        assertThat(hall.booking(b.code(), b.key()).ticket()).isEqualTo("B002");
        assertThat(hall.takeEffects().bookingRecords()).extracting(BookingRecord::state)
                .contains(BookingState.CHECKED_IN);
    }

    @Test
    void checkInByIdNumberFindsTodaysBookingAndRefusesInPlainReasons() {
        String id = person();
        BookingRecord b = hall.book("natural", DAY, "10:00-11:00", id, null);
        at("09:00:00");
        assertThatThrownBy(() -> hall.checkIn("kiosk-1", null, id)).isInstanceOfSatisfying(HallException.class,
                e -> assertThat(e.reason()).isEqualTo("TOO_EARLY"));
        assertThatThrownBy(() -> hall.checkIn("kiosk-1", null, person())).isInstanceOfSatisfying(HallException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> hall.checkIn("kiosk-1", null, "110105198001010011"))
                .isInstanceOfSatisfying(HallException.class, e -> assertThat(e.reason()).isEqualTo("ID_CHECK"));
        assertThatThrownBy(() -> hall.checkIn("kiosk-1", null, null)).isInstanceOfSatisfying(HallException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST));
        assertThat(hall.takeEffects().ticketRecords()).isEmpty(); // refusals changed nothing
        at("09:30:00");
        TicketView t = hall.checkIn("kiosk-1", null, id);
        assertThat(t.booking()).isEqualTo(b.code());
        assertThatThrownBy(() -> hall.checkIn("kiosk-1", b.code(), null)).isInstanceOfSatisfying(HallException.class,
                e -> assertThat(e.reason()).isEqualTo("CHECKED_IN"));
    }

    @Test
    void inAnExtraSessionWalkInsAreClosedButBookedCitizensCheckInAndAreCalled() {
        hall = new HallQueue(hall("\n  hours: [\"08:30-12:00\", \"14:00-17:30\"]"), clock, Halls.hasher(),
                RestoredHall.EMPTY);
        hall.login("2", "1002", "7315");
        BookingRecord b = hall.book("natural", DAY, "12:00-13:00", person(), null);
        at("12:05:00");
        assertThatThrownBy(() -> walkIn("natural")).isInstanceOfSatisfying(HallException.class,
                e -> assertThat(e.reason()).isEqualTo("HOURS"));
        String booked = checkIn(b);
        assertThat(callAndFinish("2")).isEqualTo(booked);
    }

    @Test
    void aBookingNotCheckedInIsANoShowAfterItsSlotAndLateMinutesAndItsPlaceIsFreeAgain() {
        BookingRecord b = book("09:00-10:00");
        at("10:15:01");
        assertThat(hall.markBookingNoShows()).extracting(BookingRecord::code).containsExactly(b.code());
        assertThat(hall.booking(b.code(), b.key()).state()).isEqualTo(BookingState.NO_SHOW);
        assertThatThrownBy(() -> checkIn(b)).isInstanceOfSatisfying(HallException.class,
                e -> assertThat(e.reason()).isEqualTo("TOO_LATE"));
        assertThat(hall.takeEffects().bookingRecords()).extracting(BookingRecord::state)
                .containsExactly(BookingState.NO_SHOW);
    }

    @Test
    void aBookedTicketLeftWaitingAtTheDaysEndIsCancelledLikeAnyOther() {
        BookingRecord b = book("10:00-11:00");
        at("10:00:00");
        String booked = checkIn(b);
        clock.set(LocalDateTime.parse("2026-11-24T08:00:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(hall.rollOverIfDue()).isTrue();
        assertThat(hall.ticket(DAY, booked)).isEmpty();
        assertThat(hall.takeEffects().ticketRecords()).filteredOn(t -> t.number().equals(booked))
                .extracting(TicketRecord::state).containsExactly(TicketState.CANCELLED);
    }

    @Test
    void aRestartedHallKeepsBookingsAndTheBookedLine() {
        BookingRecord b = book("09:00-10:00");
        BookingRecord c = book("09:00-10:00");
        at("08:40:00");
        String w1 = walkIn("natural");
        String booked = checkIn(b);
        Effects e = hall.takeEffects();
        RestoredHall restored = new RestoredHall(e.ticketRecords(), List.of(), hall.seq(), List.of(),
                e.bookingRecords(), List.of(), List.of());
        HallQueue again = new HallQueue(hall(""), clock, Halls.hasher(), restored);
        again.login("2", "1002", "7315");
        assertThat(again.booking(c.code(), c.key()).state()).isEqualTo(BookingState.BOOKED);
        assertThat(again.bookingSlots("natural", DAY).get(0).free()).isEqualTo(3);
        at("09:00:00");
        assertThat(again.callNext("2").number()).isEqualTo(booked);
        again.finish("2", hallq.protocol.Outcome.DONE, null);
        assertThat(again.callNext("2").number()).isEqualTo(w1);
    }

    /**
     * The reported bug (issue 17): before its slot starts a booked ticket waits among the walk-ins by check-in time,
     * but {@code ahead} counted it as standing before them (said 2 ahead, 7 calls went first). Now ahead counts along
     * the order callNext uses at that moment.
     */
    @Test
    void beforeItsSlotABookedTicketsAheadIsTheCallsThatGoFirst() {
        List<BookingRecord> bs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bs.add(book("09:00-10:00"));
        }
        at("08:31:00");
        checkIn(bs.get(0));
        checkIn(bs.get(1));
        List<String> walkIns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            at("08:3" + (2 + i) + ":00");
            walkIns.add(walkIn("natural"));
        }
        at("08:40:00");
        TicketView watched = hall.checkIn("kiosk-1", bs.get(2).code(), null);
        assertThat(watched.ahead()).as("two booked and five walk-ins were there first").isEqualTo(7);
        assertThat(hall.ticket(DAY, walkIns.get(0)).orElseThrow().ahead()).isEqualTo(2);
        int calls = 0;
        while (!watched.number().equals(callAndFinish("2"))) {
            calls++;
        }
        assertThat(calls).isEqualTo(7);
    }

    @Test
    void fromTheSlotsStartTheBookedTicketsAheadFallsAndTheWalkInsRises() {
        BookingRecord b = book("09:00-10:00");
        at("08:40:00");
        TicketView w = hall.issue("kiosk-1", "natural", false, null);
        TicketView booked = hall.checkIn("kiosk-1", b.code(), null);
        assertThat(w.ahead()).isZero();
        assertThat(booked.ahead()).isEqualTo(1);
        at("09:00:00");
        assertThat(hall.ticket(DAY, booked.number()).orElseThrow().ahead()).isZero();
        assertThat(hall.ticket(DAY, w.number()).orElseThrow().ahead()).isEqualTo(1);
        assertThat(callAndFinish("2")).isEqualTo(booked.number());
    }

    /**
     * Walk-ins, green tickets and bookings of two slots checked in before and after their slot's start, in random
     * mixes at random moments: every waiting ticket's {@code ahead} is exactly how many calls go before it while the
     * clock stands still.
     */
    @Test
    void aheadIsTheCallingOrderWithBookedGreenAndWalkInsMixed() {
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 12; round++) {
            setUp();
            people = 0;
            List<BookingRecord> nine = new ArrayList<>();
            List<BookingRecord> ten = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                nine.add(book("09:00-10:00"));
                ten.add(book("10:00-11:00"));
            }
            at("09:25:00"); // the 09:00 slot under way, the 10:00 one checking in from 09:30: due and early ones
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                clock.advanceSeconds(20 + random.nextInt(40));
                int what = random.nextInt(6);
                if (what == 0 && !nine.isEmpty()) {
                    numbers.add(checkIn(nine.remove(0)));
                } else if (what == 1 && !ten.isEmpty() && clock.instant().isAfter(
                        LocalDateTime.parse("2026-11-23T09:30:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant())) {
                    numbers.add(checkIn(ten.remove(0)));
                } else if (what == 2) {
                    numbers.add(hall.issue("kiosk-1", "natural", true, null).number());
                } else if (what == 3 && random.nextBoolean()) {
                    callAndFinish("2"); // leaves the burst streak somewhere in between
                } else {
                    numbers.add(walkIn("natural"));
                }
            }
            List<String> waiting = new ArrayList<>();
            List<Integer> predicted = new ArrayList<>();
            for (String n : numbers) {
                hall.ticket(DAY, n).filter(t -> t.state() == TicketState.WAITING).ifPresent(t -> {
                    waiting.add(t.number());
                    predicted.add(t.ahead());
                });
            }
            List<String> actual = new ArrayList<>();
            for (String n; (n = callAndFinish("2")) != null; ) {
                actual.add(n);
            }
            assertThat(actual).hasSameSizeAs(waiting);
            for (int i = 0; i < waiting.size(); i++) {
                assertThat(actual.indexOf(waiting.get(i))).as("round %d, %s at %s", round, waiting.get(i),
                        clock.instant()).isEqualTo(predicted.get(i));
            }
        }
    }
}
