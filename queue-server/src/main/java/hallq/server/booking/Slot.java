package hallq.server.booking;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * One bookable slot of a zone, {@code "09:00-10:00"}, every day; {@code extra} for a 延时 session (outside the hall's
 * hours, for booked citizens only).
 */
public record Slot(LocalTime from, LocalTime to, boolean extra) {

    /** Parses the hall file's text; IllegalArgumentException naming it when it is no slot. */
    public static Slot parse(String spec, boolean extra) {
        String[] parts = spec == null ? new String[0] : spec.split("-");
        try {
            if (parts.length != 2) {
                throw new DateTimeParseException("", String.valueOf(spec), 0);
            }
            Slot s = new Slot(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()), extra);
            if (!s.from.isBefore(s.to)) {
                throw new IllegalArgumentException("booking slot '" + spec + "' ends before it starts");
            }
            return s;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("booking slot '" + spec + "' is not HH:MM-HH:MM");
        }
    }

    /** The slot as the wire and the hall file write it. */
    public String text() {
        return from + "-" + to;
    }

    boolean overlaps(Slot o) {
        return from.isBefore(o.to) && o.from.isBefore(to);
    }
}
