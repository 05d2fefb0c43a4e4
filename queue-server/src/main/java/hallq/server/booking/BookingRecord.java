package hallq.server.booking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One booking as it is stored: its {@code code} (8 digits, typed on the kiosk's keypad), its {@code key} (the
 * holder's link, 22 random characters), the slot, the salted hash of the ID number (never the number), the phone
 * number for the reminder (or null), its state and when it last changed, and the ticket its check-in made.
 */
public record BookingRecord(String code, String key, String zone, LocalDate day, String slot, String idHash,
                            String phone, BookingState state, Instant bookedAt, Instant changedAt, String ticket) {

    BookingRecord to(BookingState next, Instant at, String ticketNumber) {
        return new BookingRecord(code, key, zone, day, slot, idHash, phone, next, bookedAt, at, ticketNumber);
    }

    /** The booking as its holder and the wire see it: no hash, no phone, no key. */
    public BookingView view() {
        return new BookingView(code, zone, day.toString(), slot, state.wire(), ticket);
    }
}
