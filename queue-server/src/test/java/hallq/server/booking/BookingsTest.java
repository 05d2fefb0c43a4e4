package hallq.server.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.ErrorCode;
import hallq.protocol.hall.HallConfig;
import hallq.server.queue.HallException;
import hallq.server.queue.Halls;
import hallq.testkit.ManualClock;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The booking rules over a hand-moved clock: places, days, people, no-shows, blocking and the check-in window. */
class BookingsTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-23");
    /** natural: three slots of 2 places, 3 days ahead, and a lunchtime 延时 session; checking in 30 before, 15 after. */
    static HallConfig hall() {
        return Halls.test("prefix: B }", "prefix: B, booking: { slots: [\"09:00-10:00\", \"10:00-11:00\", "
                + "\"14:00-15:00\"], extraSessions: [\"12:00-13:00\"], perSlot: 2, daysAhead: 3 } }",
                "greenBurst: 3", "greenBurst: 3\n  bookingNoShows: 2\n  bookingBlockDays: 10");
    }

    private ManualClock clock;
    private Bookings bookings;

    @BeforeEach
    void setUp() {
        clock = ManualClock.shanghai("2026-11-23T08:00:00");
        bookings = new Bookings(hall(), clock, List.of());
    }

    private BookingRecord book(String person, LocalDate day, String slot) {
        return bookings.book("natural", day, slot, person, null);
    }

    private static void refused(ThrowableAssert.ThrowingCallable call, ErrorCode code, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(HallException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    private void at(String time) {
        clock.set(java.time.LocalDateTime.parse(time).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void aSlotHasItsPlacesAndAFullOneIsRefusedWithoutChangingAnything() {
        BookingRecord a = book("a", DAY, "09:00-10:00");
        book("b", DAY, "09:00-10:00");
        assertThat(a.code()).matches("[0-9]{8}");
        assertThat(a.key()).hasSize(22);
        assertThat(a.state()).isEqualTo(BookingState.BOOKED);
        assertThat(bookings.slots("natural", DAY)).extracting(SlotPlaces::slot, SlotPlaces::free, SlotPlaces::extra)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("09:00-10:00", 0, false),
                        org.assertj.core.groups.Tuple.tuple("10:00-11:00", 2, false),
                        org.assertj.core.groups.Tuple.tuple("14:00-15:00", 2, false),
                        org.assertj.core.groups.Tuple.tuple("12:00-13:00", 2, true));
        assertThat(bookings.takeChanges()).hasSize(2);
        refused(() -> book("c", DAY, "09:00-10:00"), ErrorCode.CONFLICT, "SLOT_FULL");
        assertThat(bookings.takeChanges()).isEmpty();
        assertThat(bookings.slots("natural", DAY).get(0).free()).isZero();
    }

    @Test
    void cancellingFreesThePlaceAndNeedsTheKey() {
        BookingRecord a = book("a", DAY, "09:00-10:00");
        book("b", DAY, "09:00-10:00");
        refused(() -> bookings.cancel(a.code(), "wrong-key"), ErrorCode.FORBIDDEN, "BAD_KEY");
        refused(() -> bookings.cancel(a.code(), null), ErrorCode.FORBIDDEN, "BAD_KEY");
        refused(() -> bookings.cancel("12345678", a.key()), ErrorCode.NOT_FOUND, "UNKNOWN_CODE");
        BookingRecord c = bookings.cancel(a.code(), a.key());
        assertThat(c.state()).isEqualTo(BookingState.CANCELLED);
        assertThat(bookings.slots("natural", DAY).get(0).free()).isEqualTo(1);
        assertThat(book("c", DAY, "09:00-10:00").state()).isEqualTo(BookingState.BOOKED);
        refused(() -> bookings.cancel(a.code(), a.key()), ErrorCode.CONFLICT, "NOT_BOOKED");
        assertThat(bookings.show(a.code(), a.key()).state()).isEqualTo(BookingState.CANCELLED);
    }

    @Test
    void onePersonOneBookingPerZonePerDayAgainAfterCancelling() {
        BookingRecord a = book("a", DAY, "09:00-10:00");
        refused(() -> book("a", DAY, "14:00-15:00"), ErrorCode.CONFLICT, "ALREADY_BOOKED");
        assertThat(book("a", DAY.plusDays(1), "14:00-15:00").state()).isEqualTo(BookingState.BOOKED);
        bookings.cancel(a.code(), a.key());
        assertThat(book("a", DAY, "14:00-15:00").state()).isEqualTo(BookingState.BOOKED);
    }

    @Test
    void daysFromTodayToDaysAheadAndNoSlotThatIsOver() {
        refused(() -> book("a", DAY.minusDays(1), "09:00-10:00"), ErrorCode.BAD_REQUEST, "DAY_RANGE");
        refused(() -> book("a", DAY.plusDays(4), "09:00-10:00"), ErrorCode.BAD_REQUEST, "DAY_RANGE");
        assertThat(book("a", DAY.plusDays(3), "09:00-10:00").day()).isEqualTo(DAY.plusDays(3));
        at("2026-11-23T10:00:00");
        refused(() -> book("b", DAY, "09:00-10:00"), ErrorCode.CONFLICT, "SLOT_PAST");
        assertThat(bookings.slots("natural", DAY).get(0).free()).isZero();
        assertThat(book("b", DAY, "10:00-11:00").slot()).isEqualTo("10:00-11:00"); // under way: still bookable
        refused(() -> book("c", DAY, "09:30-10:30"), ErrorCode.NOT_FOUND, "UNKNOWN_SLOT");
        refused(() -> bookings.book("legal", DAY, "09:00-10:00", "c", null), ErrorCode.NOT_FOUND, "UNKNOWN_ZONE");
        refused(() -> bookings.book("nowhere", DAY, "09:00-10:00", "c", null), ErrorCode.NOT_FOUND, "UNKNOWN_ZONE");
        refused(() -> bookings.book("natural", DAY, "14:00-15:00", "c", "12345"), ErrorCode.BAD_REQUEST, "PHONE");
        assertThat(bookings.book("natural", DAY, "14:00-15:00", "c", "13812345678").phone()).isEqualTo("13812345678");
    }

    @Test
    void theCheckInWindowRunsFromEarlyMinutesBeforeTheSlotToLateMinutesAfterItsEnd() {
        BookingRecord a = book("a", DAY, "10:00-11:00");
        BookingRecord tomorrow = book("a", DAY.plusDays(1), "10:00-11:00");
        at("2026-11-23T09:29:59");
        refused(() -> bookings.arrival(a.code()), ErrorCode.CONFLICT, "TOO_EARLY");
        refused(() -> bookings.arrivalOf("a"), ErrorCode.CONFLICT, "TOO_EARLY");
        at("2026-11-23T09:30:00");
        assertThat(bookings.arrival(a.code())).isEqualTo(a);
        at("2026-11-23T11:15:00");
        assertThat(bookings.arrivalOf("a")).isEqualTo(a);
        refused(() -> bookings.arrival(tomorrow.code()), ErrorCode.CONFLICT, "TOO_EARLY");
        at("2026-11-23T11:15:01");
        refused(() -> bookings.arrival(a.code()), ErrorCode.CONFLICT, "TOO_LATE");
        refused(() -> bookings.arrivalOf("a"), ErrorCode.CONFLICT, "TOO_LATE");
        refused(() -> bookings.arrival("00000000"), ErrorCode.NOT_FOUND, "UNKNOWN_CODE");
        refused(() -> bookings.arrivalOf("nobody"), ErrorCode.NOT_FOUND, "NO_BOOKING");
    }

    @Test
    void aCheckedInBookingIsNotCheckedInTwiceNorCancelled() {
        BookingRecord a = book("a", DAY, "09:00-10:00");
        at("2026-11-23T09:05:00");
        BookingRecord in = bookings.checkedIn(bookings.arrival(a.code()), "B001");
        assertThat(in.state()).isEqualTo(BookingState.CHECKED_IN);
        assertThat(in.view().ticket()).isEqualTo("B001");
        refused(() -> bookings.arrival(a.code()), ErrorCode.CONFLICT, "CHECKED_IN");
        refused(() -> bookings.arrivalOf("a"), ErrorCode.CONFLICT, "CHECKED_IN");
        refused(() -> bookings.cancel(a.code(), a.key()), ErrorCode.CONFLICT, "NOT_BOOKED");
        at("2026-11-23T12:00:00");
        assertThat(bookings.markNoShows()).isEmpty(); // checked in: never a no-show
    }

    @Test
    void aBookingNotCheckedInBecomesANoShowAfterItsSlotEndAndTheLateMinutes() {
        BookingRecord a = book("a", DAY, "09:00-10:00");
        BookingRecord b = book("b", DAY, "10:00-11:00");
        bookings.takeChanges();
        at("2026-11-23T10:15:00");
        assertThat(bookings.markNoShows()).isEmpty();
        at("2026-11-23T10:15:01");
        assertThat(bookings.markNoShows()).extracting(BookingRecord::code).containsExactly(a.code());
        assertThat(bookings.takeChanges()).extracting(BookingRecord::state).containsExactly(BookingState.NO_SHOW);
        assertThat(bookings.markNoShows()).isEmpty();
        at("2026-11-23T11:16:00");
        assertThat(bookings.markNoShows()).extracting(BookingRecord::code).containsExactly(b.code());
        refused(() -> bookings.arrival(a.code()), ErrorCode.CONFLICT, "TOO_LATE");
    }

    @Test
    void noShowsWithinTheBlockDaysBlockBookingForThatManyDays() {
        // policy in this hall: 2 no-shows within 10 days block booking for 10 days
        book("a", DAY, "09:00-10:00");
        book("a", DAY.plusDays(2), "09:00-10:00");
        at("2026-11-23T12:00:00");
        bookings.markNoShows();
        assertThat(book("a", DAY.plusDays(1), "09:00-10:00").state()).isEqualTo(BookingState.BOOKED);
        at("2026-11-25T12:00:00");
        bookings.markNoShows(); // the 24th's booking too: two missed in three days, blocked to 2026-12-05
        assertThat(bookings.blockedUntil("a", LocalDate.parse("2026-11-25"))).isEqualTo("2026-12-05");
        refused(() -> book("a", LocalDate.parse("2026-11-27"), "09:00-10:00"), ErrorCode.CONFLICT, "BOOKING_BLOCKED");
        assertThat(book("b", LocalDate.parse("2026-11-27"), "09:00-10:00").state()).isEqualTo(BookingState.BOOKED);
        at("2026-12-05T08:00:00");
        bookings.markNoShows();
        assertThat(book("a", LocalDate.parse("2026-12-05"), "09:00-10:00").state()).isEqualTo(BookingState.BOOKED);
    }

    @Test
    void noShowsFurtherApartThanTheBlockDaysBlockNothing() {
        book("a", DAY, "09:00-10:00");
        at("2026-11-23T12:00:00");
        bookings.markNoShows();
        at("2026-12-03T08:00:00");
        bookings.markNoShows();
        book("a", LocalDate.parse("2026-12-03"), "09:00-10:00");
        at("2026-12-03T12:00:00");
        bookings.markNoShows();
        assertThat(bookings.blockedUntil("a", LocalDate.parse("2026-12-03"))).isNull();
    }

    @Test
    void aPastDaysPhoneNumberIsForgottenAndItsRowWrittenSo() {
        BookingRecord a = bookings.book("natural", DAY, "09:00-10:00", "a", "13812345678");
        at("2026-11-23T09:10:00");
        bookings.checkedIn(bookings.arrival(a.code()), "B001");
        bookings.markNoShows();
        bookings.takeChanges();
        at("2026-11-24T08:00:00");
        bookings.markNoShows();
        assertThat(bookings.takeChanges()).singleElement().satisfies(b -> {
            assertThat(b.phone()).isNull();
            assertThat(b.state()).isEqualTo(BookingState.CHECKED_IN);
        });
        refused(() -> bookings.show(a.code(), a.key()), ErrorCode.NOT_FOUND, "UNKNOWN_CODE");
    }

    @Test
    void aRestartedHallKnowsItsBookings() {
        BookingRecord a = book("a", DAY, "09:00-10:00");
        book("b", DAY, "09:00-10:00");
        Bookings again = new Bookings(hall(), clock, bookings.takeChanges());
        assertThat(again.slots("natural", DAY).get(0).free()).isZero();
        assertThat(again.show(a.code(), a.key())).isEqualTo(a);
        at("2026-11-23T10:16:00");
        assertThat(again.markNoShows()).hasSize(2);
    }

    @Test
    void theExtraSessionIsMarkedAndItsStartKnown() {
        BookingRecord a = book("a", DAY, "12:00-13:00");
        assertThat(bookings.isExtra(a)).isTrue();
        assertThat(bookings.slotStart(a)).isEqualTo(java.time.Instant.parse("2026-11-23T04:00:00Z"));
    }
}
