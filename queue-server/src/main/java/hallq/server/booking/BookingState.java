package hallq.server.booking;

import com.fasterxml.jackson.annotation.JsonValue;

/** A booking's life: booked, then checked in at the kiosk, or a no-show after its slot, or cancelled by its holder. */
public enum BookingState {
    BOOKED("booked"), CHECKED_IN("checked_in"), NO_SHOW("no_show"), CANCELLED("cancelled");

    private final String wire;

    BookingState(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static BookingState fromWire(String s) {
        for (BookingState b : values()) {
            if (b.wire.equals(s)) {
                return b;
            }
        }
        throw new IllegalArgumentException("no booking state '" + s + "'");
    }

    /** Holding a place of its slot (and the person's one booking of that zone and day). */
    public boolean holdsPlace() {
        return this == BOOKED || this == CHECKED_IN;
    }
}
