package hallq.server.queue;

import java.util.List;

/**
 * What the store hands back at start: every ticket still of interest (the current day's, any still queued,
 * any a window holds), the windows, the event counter and the last calls, newest first.
 */
public record RestoredHall(List<TicketRecord> tickets, List<DeskRecord> desks, long seq,
                           List<HallEvent> recentCalls,
                           // bookings (contract section 9): today's and later ones, recent no-shows, any still booked
                           List<hallq.server.booking.BookingRecord> bookings,
                           // cases (issue 18): the cases still in the hall's hands (not collected, mailed, closed)
                           List<hallq.server.cases.CaseRecord> cases,
                           // phone (issue 17): today's tickets' phone numbers
                           List<TicketPhone> phones,
                           // rating (issue 20): the 差评 work items still open, and those of the last two months
                           List<hallq.server.rating.RectifyRecord> ratingItems) {
    public static final RestoredHall EMPTY = new RestoredHall(List.of(), List.of(), 0, List.of());

    public RestoredHall {
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
        cases = cases == null ? List.of() : List.copyOf(cases);
        phones = phones == null ? List.of() : List.copyOf(phones);
        ratingItems = ratingItems == null ? List.of() : List.copyOf(ratingItems);
    }

    public RestoredHall(List<TicketRecord> tickets, List<DeskRecord> desks, long seq, List<HallEvent> recentCalls,
                        List<hallq.server.booking.BookingRecord> bookings, List<hallq.server.cases.CaseRecord> cases,
                        List<TicketPhone> phones) {
        this(tickets, desks, seq, recentCalls, bookings, cases, phones, List.of());
    }

    public RestoredHall(List<TicketRecord> tickets, List<DeskRecord> desks, long seq, List<HallEvent> recentCalls) {
        this(tickets, desks, seq, recentCalls, List.of(), List.of(), List.of());
    }
}
