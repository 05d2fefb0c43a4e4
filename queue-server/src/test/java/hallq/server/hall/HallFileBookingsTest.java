package hallq.server.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.hall.Booking;
import hallq.protocol.hall.HallConfig;
import hallq.server.queue.Halls;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hall file's booking blocks and policies (contract section 9), checked at start. */
class HallFileBookingsTest {
    private static final String NATURAL = "prefix: B }";
    private static final String HOURS = "timezone: Asia/Shanghai";

    private static String booking(String block) {
        return "prefix: B, booking: " + block + " }";
    }

    @Test
    void theDemoHallTakesBookingsOnNaturalAndEstateWithALunchtimeExtraSession() {
        HallConfig demo = HallFile.demo();
        assertThat(demo.zones()).filteredOn(z -> z.takesBookings()).extracting(z -> z.id())
                .containsExactly("natural", "estate");
        Booking b = demo.zone("estate").orElseThrow().booking();
        assertThat(b.slots()).hasSize(7).startsWith("09:00-10:00").endsWith("16:00-17:00");
        assertThat(b.extraSessions()).containsExactly("12:00-13:00");
        assertThat(b.perSlot()).isEqualTo(10);
        assertThat(b.daysAhead()).isEqualTo(7);
        assertThat(demo.policy().bookingNoShows()).isEqualTo(3);
        assertThat(demo.policy().checkInLateMin()).isEqualTo(15);
    }

    @Test
    void defaultsFillWhatABookingBlockLeavesOut() {
        HallConfig h = Halls.test(NATURAL, booking("{ slots: [\"09:00-10:00\"] }"));
        Booking b = h.zone("natural").orElseThrow().booking();
        assertThat(b.perSlot()).isEqualTo(10);
        assertThat(b.daysAhead()).isEqualTo(7);
        assertThat(b.extraSessions()).isEmpty();
        assertThat(h.zone("legal").orElseThrow().takesBookings()).isFalse();
        assertThat(h.policy().bookingBlockDays()).isEqualTo(30);
        assertThat(h.policy().checkInEarlyMin()).isEqualTo(30);
    }

    @Test
    void anExtraSessionOutsideTheHoursIsTaken() {
        HallConfig h = Halls.test(HOURS, HOURS + "\n  hours: [\"08:30-12:00\", \"14:00-17:30\"]", NATURAL,
                booking("{ slots: [\"09:00-10:00\"], extraSessions: [\"12:00-13:00\"] }"));
        assertThat(h.zone("natural").orElseThrow().booking().allSlots()).containsExactly("09:00-10:00", "12:00-13:00");
    }

    static Stream<Arguments> badBookings() {
        String hours = HOURS + "\n  hours: [\"08:30-12:00\", \"14:00-17:30\"]";
        return Stream.of(
                Arguments.of(HOURS, HOURS, booking("{ slots: [\"9h-10h\"] }"),
                        "zone 'natural' booking: booking slot '9h-10h' is not HH:MM-HH:MM"),
                Arguments.of(HOURS, HOURS, booking("{ slots: [\"10:00-09:00\"] }"),
                        "booking slot '10:00-09:00' ends before it starts"),
                Arguments.of(HOURS, HOURS, booking("{ slots: [\"09:00-10:00\", \"09:30-10:30\"] }"),
                        "slot 09:30-10:30 overlaps slot 09:00-10:00"),
                Arguments.of(HOURS, HOURS, booking("{ slots: [] }"), "zone 'natural' booking: no slots"),
                Arguments.of(HOURS, HOURS, booking("{ slots: [\"09:00-10:00\"], perSlot: 0 }"),
                        "perSlot must be 1-1000"),
                Arguments.of(HOURS, HOURS, booking("{ slots: [\"09:00-10:00\"], daysAhead: 400 }"),
                        "daysAhead must be 0-90"),
                Arguments.of(HOURS, hours, booking("{ slots: [\"12:00-13:00\"] }"),
                        "slot 12:00-13:00 is not inside the hall's hours (put it in extraSessions)"),
                Arguments.of(HOURS, hours, booking("{ slots: [\"09:00-10:00\"], extraSessions: [\"11:30-12:30\"] }"),
                        "extra session 11:30-12:30 is not outside the hall's hours"),
                Arguments.of("greenBurst: 3", "greenBurst: 3\n  bookingNoShows: 0", NATURAL,
                        "policy bookingNoShows must be at least 1"),
                Arguments.of("greenBurst: 3", "greenBurst: 3\n  checkInLateMin: -1", NATURAL,
                        "policy checkInLateMin must be 0-240"),
                Arguments.of(HOURS, HOURS, booking("{ slots: [\"09:00-10:00\"], perSlt: 3 }"), "unknown key 'perSlt'"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("badBookings")
    void aBadBookingBlockStopsTheStartWithOneLineNamingIt(String from, String to, String zone, String message) {
        String yaml = Halls.testYaml().replace(from, to).replace(NATURAL, zone);
        assertThatThrownBy(() -> Halls.parse(yaml))
                .isInstanceOf(HallFile.BadHallFile.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
