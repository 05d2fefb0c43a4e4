package hallq.server.booking;

import hallq.protocol.stats.StatsReport.BookingStats;
import hallq.protocol.stats.StatsReport.SlotBookings;
import hallq.protocol.stats.StatsReport.ZoneBookings;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Zone;
import hallq.server.queue.TicketRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.function.Predicate;

/** A period's booking figures for {@code /api/stats} (contract section 9), from the stored bookings and tickets. */
public final class BookingFigures {
    private BookingFigures() {
    }

    public static BookingStats of(HallConfig hall, List<BookingRecord> bookings, List<TicketRecord> tickets) {
        List<ZoneBookings> zones = new ArrayList<>();
        for (Zone z : hall.zones()) {
            if (z.takesBookings()) {
                List<BookingRecord> mine = bookings.stream().filter(b -> b.zone().equals(z.id())).toList();
                zones.add(new ZoneBookings(z.id(), mine.size(), count(mine, BookingState.CHECKED_IN),
                        count(mine, BookingState.NO_SHOW), count(mine, BookingState.CANCELLED), slots(z, mine)));
            }
        }
        return new BookingStats(bookings.size(), count(bookings, BookingState.CHECKED_IN),
                count(bookings, BookingState.NO_SHOW), count(bookings, BookingState.CANCELLED), zones,
                avgWait(tickets, t -> t.booking() != null), avgWait(tickets, t -> t.booking() == null));
    }

    /**
     * phone2: a zone's figures per slot, in the hall file's order (ordinary slots, then 延时 ones), then any slot the
     * bookings name that the hall file no longer has; a slot nobody booked shows zeros.
     */
    static List<SlotBookings> slots(Zone z, List<BookingRecord> mine) {
        Set<String> order = new LinkedHashSet<>(z.booking().slots());
        order.addAll(z.booking().extraSessions());
        mine.forEach(b -> order.add(b.slot()));
        List<SlotBookings> out = new ArrayList<>();
        for (String slot : order) {
            List<BookingRecord> in = mine.stream().filter(b -> b.slot().equals(slot)).toList();
            out.add(new SlotBookings(slot, in.size(), count(in, BookingState.CHECKED_IN), count(in, BookingState.NO_SHOW),
                    count(in, BookingState.CANCELLED)));
        }
        return out;
    }

    private static int count(List<BookingRecord> bookings, BookingState s) {
        return (int) bookings.stream().filter(b -> b.state() == s).count();
    }

    /** First call minus issue (for a booked ticket: its check-in), rounded to 0.1 s; null when none was called. */
    private static Double avgWait(List<TicketRecord> tickets, Predicate<TicketRecord> which) {
        long n = 0;
        long sumMs = 0;
        for (TicketRecord t : tickets) {
            if (which.test(t) && t.calledAt() != null) {
                n++;
                sumMs += Duration.between(t.issuedAt(), t.calledAt()).toMillis();
            }
        }
        return n == 0 ? null : Math.round(sumMs / 100.0 / n) / 10.0;
    }
}
