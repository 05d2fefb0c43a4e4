package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A service zone (法人服务区, 自然人服务区, ...) with its own ticket numbering. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Zone(String id, String name, String nameEn, String prefix, String greenPrefix, Integer dailyCap,
                   Booking booking) {
    public Zone {
        if (greenPrefix == null && prefix != null) {
            greenPrefix = "V" + prefix;
        }
    }

    // bookings (contract section 9): a zone without a booking block takes none
    public Zone(String id, String name, String nameEn, String prefix, String greenPrefix, Integer dailyCap) {
        this(id, name, nameEn, prefix, greenPrefix, dailyCap, null);
    }

    public boolean takesBookings() {
        return booking != null;
    }
}
