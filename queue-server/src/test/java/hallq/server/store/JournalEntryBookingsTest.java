package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.booking.BookingRecord;
import hallq.server.booking.BookingState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A journal record carries its bookings whole (a start after kill -9 replays them), and an older record none. */
class JournalEntryBookingsTest {
    @Test
    void bookingsSurviveTheJournalsBytesAndAnEntryFromBeforeBookingsHasNone() throws Exception {
        BookingRecord b = new BookingRecord("12345678", "k".repeat(22), "natural", LocalDate.parse("2026-11-24"),
                "09:00-10:00", "ab".repeat(32), "13812345678", BookingState.CHECKED_IN,
                Instant.parse("2026-11-23T00:00:00Z"), Instant.parse("2026-11-24T01:05:00Z"), "B001");
        JournalEntry e = new JournalEntry(-1, 7, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, List.of(b), List.of(), List.of(), null);
        assertThat(JournalEntry.fromBytes(e.toBytes()).bookings()).containsExactly(b);
        String old = new String(e.toBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll(",\"bookings\":\\[.*\\]", "");
        assertThat(old).doesNotContain("bookings");
        assertThat(JournalEntry.fromBytes(old.getBytes(java.nio.charset.StandardCharsets.UTF_8)).bookings()).isEmpty();
    }
}
