package hallq.server.queue;

import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One ticket of one business day. Mutable, and mutated only by {@link HallQueue} on the hall thread;
 * the store writes it whole after each change. Times are epoch milliseconds ({@link #NONE}: not yet), as the
 * store keeps them: a hall holds all of today's tickets, and five {@link Instant} objects a ticket were a third
 * of a busy day's heap.
 */
public final class Ticket {
    /** A time that has not happened (yet). */
    static final long NONE = Long.MIN_VALUE;

    final LocalDate day;
    final String number;
    final String prefix;
    final int serial;
    final String issueZone;
    final boolean green;
    final long issuedAtMs;
    final String idHash;
    final String kiosk;
    /** The key's bits ({@link TicketKey}); both zero for a ticket issued before tickets had keys. */
    final long keyHigh;
    final long keyLow;

    String zone;
    TicketState state;
    QueueClass queueClass;
    long queueKey;
    long calledAtMs = NONE;
    long lastCalledAtMs = NONE;
    long startedAtMs = NONE;
    long finishedAtMs = NONE;
    String counter;
    String clerk;
    Outcome outcome;
    LocalDate dueDate;
    Integer rating;
    long ratedAtMs = NONE;
    int recalls;
    int transfers;
    int requeues;
    /** Bookings: the booking code of a checked-in ticket (else null), and when its slot starts (derived from it). */
    String booking;
    long slotStartMs = NONE;
    /** Cases (issue 18): the case this ticket is a visit for (a pickup, a return after 补正), or null. */
    String caseId;
    /** Rating (issue 20): why it is green (or null), and its ratings, one per matter; {@link #rating} the first. */
    hallq.protocol.GreenReason greenReason;
    java.util.List<RatingEntry> ratings = java.util.List.of(); // replaced whole on a rating: no list per ticket
    /** Rating (issue 20, 一事一评): the matters handled in the visit, set by its finish; the case's matter first. */
    java.util.List<String> matters = java.util.List.of();

    Ticket(LocalDate day, String number, String prefix, int serial, String zone, boolean green,
           Instant issuedAt, String idHash, String kiosk, long[] key) {
        this.day = day;
        this.number = number;
        this.prefix = prefix;
        this.serial = serial;
        this.issueZone = zone;
        this.zone = zone;
        this.green = green;
        this.issuedAtMs = issuedAt.toEpochMilli();
        this.idHash = idHash;
        this.kiosk = kiosk;
        this.keyHigh = key[0];
        this.keyLow = key[1];
    }

    /** Rebuilds a stored ticket; every field as it was written. */
    public static Ticket restore(TicketRecord r) {
        Ticket t = new Ticket(r.day(), r.number(), r.prefix(), r.serial(), r.issueZone(), r.green(),
                r.issuedAt(), r.idHash(), r.kiosk(), TicketKey.bits(r.key()));
        t.zone = r.zone();
        t.state = r.state();
        t.queueClass = r.queueClass();
        t.queueKey = r.queueKey();
        t.calledAtMs = ms(r.calledAt());
        t.lastCalledAtMs = ms(r.lastCalledAt());
        t.startedAtMs = ms(r.startedAt());
        t.finishedAtMs = ms(r.finishedAt());
        t.counter = r.counter();
        t.clerk = r.clerk();
        t.outcome = r.outcome();
        t.dueDate = r.dueDate();
        t.rating = r.rating();
        t.ratedAtMs = ms(r.ratedAt());
        t.recalls = r.recalls();
        t.transfers = r.transfers();
        t.requeues = r.requeues();
        t.booking = r.booking();
        t.caseId = r.caseId();
        t.greenReason = r.greenReason();
        t.ratings = r.allRatings();
        t.matters = r.matters();
        return t;
    }

    public TicketRecord record() {
        return new TicketRecord(day, number, prefix, serial, issueZone, zone, green, state, queueClass, queueKey,
                at(issuedAtMs), at(calledAtMs), at(lastCalledAtMs), at(startedAtMs), at(finishedAtMs), counter, clerk,
                outcome, dueDate, rating, at(ratedAtMs), recalls, transfers, requeues, idHash, kiosk,
                key(), booking, caseId, greenReason, ratings, matters);
    }

    /** The key's text, or null for a ticket without one. */
    String key() {
        return TicketKey.text(keyHigh, keyLow);
    }

    static long ms(Instant at) {
        return at == null ? NONE : at.toEpochMilli();
    }

    static Instant at(long ms) {
        return ms == NONE ? null : Instant.ofEpochMilli(ms);
    }

    Instant calledAt() {
        return at(calledAtMs);
    }

    Instant startedAt() {
        return at(startedAtMs);
    }

    Instant finishedAt() {
        return at(finishedAtMs);
    }

    public LocalDate day() {
        return day;
    }

    public String number() {
        return number;
    }

    public TicketState state() {
        return state;
    }

    public String zone() {
        return zone;
    }
}
