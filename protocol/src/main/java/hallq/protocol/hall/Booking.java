package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A zone's {@code booking:} block (contract section 9): its hourly (or any) {@code slots} inside the hall's hours,
 * {@code perSlot} places each, bookable up to {@code daysAhead} days ahead, and its 延时 {@code extraSessions}: slots
 * outside the hall's {@code hours} (a lunchtime, an evening) that serve booked citizens only, since no walk-in ticket
 * is issued then. Every slot is {@code "HH:MM-HH:MM"}, every day.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Booking(List<String> slots, Integer perSlot, Integer daysAhead, List<String> extraSessions) {
    public Booking {
        slots = slots == null ? List.of() : List.copyOf(slots);
        extraSessions = extraSessions == null ? List.of() : List.copyOf(extraSessions);
        perSlot = perSlot == null ? 10 : perSlot;
        daysAhead = daysAhead == null ? 7 : daysAhead;
    }

    /** Every bookable slot: the ordinary ones, then the 延时 sessions. */
    public List<String> allSlots() {
        return java.util.stream.Stream.concat(slots.stream(), extraSessions.stream()).toList();
    }
}
