package hallq.server.queue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a run of operations changed: the rows to write and the events to send once they are on disk.
 * A ticket changed twice is written once, as it ends up.
 */
public final class Effects {
    private final Set<Ticket> tickets = new LinkedHashSet<>();
    private final Set<Ticket> issued = new LinkedHashSet<>();
    private final Set<CounterDesk> desks = new LinkedHashSet<>();
    private final List<PauseRecord> pauses = new ArrayList<>();
    private final List<HallEvent> events = new ArrayList<>();
    /** Bookings (contract section 9) changed, each as it ends up. */
    private List<hallq.server.booking.BookingRecord> bookings = List.of();
    /** Cases (issue 18): every case changed, in order. */
    private final List<hallq.server.cases.CaseRecord> cases = new ArrayList<>();

    void cases(List<hallq.server.cases.CaseRecord> changed) {
        cases.addAll(changed);
    }

    /** Cases (issue 18): the cases changed, each as it ends up, in the order of their last change. */
    public List<hallq.server.cases.CaseRecord> caseRecords() {
        java.util.Map<String, hallq.server.cases.CaseRecord> last = new java.util.LinkedHashMap<>();
        for (hallq.server.cases.CaseRecord c : cases) {
            last.remove(c.id());
            last.put(c.id(), c);
        }
        return List.copyOf(last.values());
    }

    void ticket(Ticket t) {
        tickets.add(t);
    }

    /** A ticket that has no row yet: written with an insert. */
    void issued(Ticket t) {
        issued.add(t);
        tickets.add(t);
    }

    void desk(CounterDesk d) {
        desks.add(d);
    }

    void pause(PauseRecord p) {
        pauses.add(p);
    }

    void event(HallEvent e) {
        events.add(e);
    }

    /** Every ticket changed, as it ends up. */
    public List<TicketRecord> ticketRecords() {
        return tickets.stream().map(Ticket::record).toList();
    }

    /** Tickets issued in this run: they have no row yet. */
    public List<TicketRecord> issuedRecords() {
        return issued.stream().map(Ticket::record).toList();
    }

    /** Tickets that had a row before this run and changed. */
    public List<TicketRecord> changedRecords() {
        return tickets.stream().filter(t -> !issued.contains(t)).map(Ticket::record).toList();
    }

    public List<DeskRecord> deskRecords() {
        return desks.stream().map(CounterDesk::record).toList();
    }

    public List<PauseRecord> pauses() {
        return pauses;
    }

    public List<HallEvent> events() {
        return events;
    }

    public boolean isEmpty() {
        return tickets.isEmpty() && desks.isEmpty() && pauses.isEmpty() && events.isEmpty() && bookings.isEmpty()
                && cases.isEmpty() && phones.isEmpty() && phonesBefore == null && ratingItems.isEmpty()
                && sessions.isEmpty();
    }

    // ---- bookings (contract section 9) ----

    void bookings(List<hallq.server.booking.BookingRecord> changed) {
        bookings = changed;
    }

    public List<hallq.server.booking.BookingRecord> bookingRecords() {
        return bookings;
    }

    // ---- phone (issue 17) ----

    private final List<TicketPhone> phones = new ArrayList<>();
    /** The day before which every ticket's phone is forgotten (the daily reset), or null. */
    private java.time.LocalDate phonesBefore;

    void phone(TicketPhone p) {
        phones.add(p);
    }

    void phonesBefore(java.time.LocalDate day) {
        phonesBefore = day;
    }

    /** Phone numbers attached to tickets in this run. */
    public List<TicketPhone> phones() {
        return phones;
    }

    public java.time.LocalDate phonesBefore() {
        return phonesBefore;
    }

    // ---- rating (issue 20) ----

    private List<hallq.server.rating.RectifyRecord> ratingItems = List.of();

    void ratingItems(List<hallq.server.rating.RectifyRecord> changed) {
        ratingItems = changed;
    }

    /** The 差评 work items opened or moved, each as it ends up. */
    public List<hallq.server.rating.RectifyRecord> ratingItemRecords() {
        return ratingItems;
    }

    // attendance (issue 20): logins begun and ended, in order

    private final List<SessionMark> sessions = new ArrayList<>();

    void session(SessionMark m) {
        sessions.add(m);
    }

    public List<SessionMark> sessions() {
        return sessions;
    }
}
