package hallq.server.queue;

import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A ticket's stored row: what the store writes and reads, and what statistics are computed from. {@code key} is the
 * ticket's private link key ({@link TicketKey}); null for tickets issued before keys were.
 */
public record TicketRecord(
        LocalDate day,
        String number,
        String prefix,
        int serial,
        String issueZone,
        String zone,
        boolean green,
        TicketState state,
        QueueClass queueClass,
        long queueKey,
        Instant issuedAt,
        Instant calledAt,
        Instant lastCalledAt,
        Instant startedAt,
        Instant finishedAt,
        String counter,
        String clerk,
        Outcome outcome,
        LocalDate dueDate,
        Integer rating,
        Instant ratedAt,
        int recalls,
        int transfers,
        int requeues,
        String idHash,
        String kiosk,
        String key,
        // bookings (contract section 9): the code of the booking whose check-in made the ticket, or null
        String booking,
        // cases (issue 18): the case this ticket is a visit for, or null
        String caseId,
        // rating (issue 20): why it is green (null: not green, or not said), and its ratings, one per matter
        hallq.protocol.GreenReason greenReason,
        List<RatingEntry> ratings,
        // rating (issue 20, 一事一评): the matters handled in the visit, the case's first; empty for none
        List<String> matters) {

    public TicketRecord {
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        matters = matters == null ? List.of() : List.copyOf(matters);
    }

    public TicketRecord(LocalDate day, String number, String prefix, int serial, String issueZone, String zone,
                        boolean green, TicketState state, QueueClass queueClass, long queueKey, Instant issuedAt,
                        Instant calledAt, Instant lastCalledAt, Instant startedAt, Instant finishedAt, String counter,
                        String clerk, Outcome outcome, LocalDate dueDate, Integer rating, Instant ratedAt, int recalls,
                        int transfers, int requeues, String idHash, String kiosk, String key, String booking,
                        String caseId, hallq.protocol.GreenReason greenReason, List<RatingEntry> ratings) {
        this(day, number, prefix, serial, issueZone, zone, green, state, queueClass, queueKey, issuedAt, calledAt,
                lastCalledAt, startedAt, finishedAt, counter, clerk, outcome, dueDate, rating, ratedAt, recalls,
                transfers, requeues, idHash, kiosk, key, booking, caseId, greenReason, ratings, List.of());
    }

    public TicketRecord(LocalDate day, String number, String prefix, int serial, String issueZone, String zone,
                        boolean green, TicketState state, QueueClass queueClass, long queueKey, Instant issuedAt,
                        Instant calledAt, Instant lastCalledAt, Instant startedAt, Instant finishedAt, String counter,
                        String clerk, Outcome outcome, LocalDate dueDate, Integer rating, Instant ratedAt, int recalls,
                        int transfers, int requeues, String idHash, String kiosk, String key, String booking,
                        String caseId) {
        this(day, number, prefix, serial, issueZone, zone, green, state, queueClass, queueKey, issuedAt, calledAt,
                lastCalledAt, startedAt, finishedAt, counter, clerk, outcome, dueDate, rating, ratedAt, recalls,
                transfers, requeues, idHash, kiosk, key, booking, caseId, null, List.of(), List.of());
    }

    /**
     * Rating (issue 20): every rating of the ticket; a ticket rated before ratings had matters has its one
     * {@code rating} only, which is read as a rating of the whole ticket without reasons.
     */
    public List<RatingEntry> allRatings() {
        if (!ratings.isEmpty() || rating == null) {
            return ratings;
        }
        return List.of(new RatingEntry(null, rating, List.of(), ratedAt));
    }

    public TicketRecord(LocalDate day, String number, String prefix, int serial, String issueZone, String zone,
                        boolean green, TicketState state, QueueClass queueClass, long queueKey, Instant issuedAt,
                        Instant calledAt, Instant lastCalledAt, Instant startedAt, Instant finishedAt, String counter,
                        String clerk, Outcome outcome, LocalDate dueDate, Integer rating, Instant ratedAt, int recalls,
                        int transfers, int requeues, String idHash, String kiosk, String key) {
        this(day, number, prefix, serial, issueZone, zone, green, state, queueClass, queueKey, issuedAt, calledAt,
                lastCalledAt, startedAt, finishedAt, counter, clerk, outcome, dueDate, rating, ratedAt, recalls,
                transfers, requeues, idHash, kiosk, key, null, null);
    }
}
