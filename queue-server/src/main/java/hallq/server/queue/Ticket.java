package hallq.server.queue;

import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One ticket of one business day. Mutable, and mutated only by {@link HallQueue} on the hall thread;
 * the store writes it whole after each change.
 */
public final class Ticket {
    final LocalDate day;
    final String number;
    final String prefix;
    final int serial;
    final String issueZone;
    final boolean green;
    final Instant issuedAt;
    final String idHash;
    final String kiosk;

    String zone;
    TicketState state;
    QueueClass queueClass;
    long queueKey;
    Instant calledAt;
    Instant lastCalledAt;
    Instant startedAt;
    Instant finishedAt;
    String counter;
    String clerk;
    Outcome outcome;
    LocalDate dueDate;
    Integer rating;
    Instant ratedAt;
    int recalls;
    int transfers;
    int requeues;

    Ticket(LocalDate day, String number, String prefix, int serial, String zone, boolean green,
           Instant issuedAt, String idHash, String kiosk) {
        this.day = day;
        this.number = number;
        this.prefix = prefix;
        this.serial = serial;
        this.issueZone = zone;
        this.zone = zone;
        this.green = green;
        this.issuedAt = issuedAt;
        this.idHash = idHash;
        this.kiosk = kiosk;
    }

    /** Rebuilds a stored ticket; every field as it was written. */
    public static Ticket restore(TicketRecord r) {
        Ticket t = new Ticket(r.day(), r.number(), r.prefix(), r.serial(), r.issueZone(), r.green(),
                r.issuedAt(), r.idHash(), r.kiosk());
        t.zone = r.zone();
        t.state = r.state();
        t.queueClass = r.queueClass();
        t.queueKey = r.queueKey();
        t.calledAt = r.calledAt();
        t.lastCalledAt = r.lastCalledAt();
        t.startedAt = r.startedAt();
        t.finishedAt = r.finishedAt();
        t.counter = r.counter();
        t.clerk = r.clerk();
        t.outcome = r.outcome();
        t.dueDate = r.dueDate();
        t.rating = r.rating();
        t.ratedAt = r.ratedAt();
        t.recalls = r.recalls();
        t.transfers = r.transfers();
        t.requeues = r.requeues();
        return t;
    }

    public TicketRecord record() {
        return new TicketRecord(day, number, prefix, serial, issueZone, zone, green, state, queueClass, queueKey,
                issuedAt, calledAt, lastCalledAt, startedAt, finishedAt, counter, clerk, outcome, dueDate,
                rating, ratedAt, recalls, transfers, requeues, idHash, kiosk);
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
