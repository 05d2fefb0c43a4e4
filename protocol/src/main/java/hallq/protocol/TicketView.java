package hallq.protocol;

/**
 * A ticket as it appears on the wire. Times are ISO-8601 with the hall's offset and milliseconds.
 * {@code ahead} and {@code estimatedWaitSec} are set only while the ticket waits.
 */
public record TicketView(
        String number,
        String zone,
        boolean green,
        TicketState state,
        String day,
        String issuedAt,
        String calledAt,
        String counter,
        Integer ahead,
        Integer estimatedWaitSec,
        String startedAt,
        String finishedAt,
        Outcome outcome,
        String dueDate,
        Integer rating,
        int recalls,
        String fromZone,
        // bookings (contract section 9): the booking code a check-in made this ticket from, else null
        String booking,
        // cases (issue 18): the case this ticket is a visit for (a pickup, a return after 补正), or null
        @com.fasterxml.jackson.annotation.JsonProperty("case") String caseId,
        // rating (issue 20): why the ticket is green (or null), and every rating of it, one per matter (一事一评)
        GreenReason greenReason,
        java.util.List<RatingView> ratings,
        // rating (issue 20, 一事一评): the matters handled in the visit (the case's first), or null for none;
        // written like every field, as the pages' decoder reads a ticket back
        java.util.List<String> matters) {

    public TicketView(String number, String zone, boolean green, TicketState state, String day, String issuedAt,
                      String calledAt, String counter, Integer ahead, Integer estimatedWaitSec, String startedAt,
                      String finishedAt, Outcome outcome, String dueDate, Integer rating, int recalls,
                      String fromZone, String booking, String caseId, GreenReason greenReason,
                      java.util.List<RatingView> ratings) {
        this(number, zone, green, state, day, issuedAt, calledAt, counter, ahead, estimatedWaitSec, startedAt,
                finishedAt, outcome, dueDate, rating, recalls, fromZone, booking, caseId, greenReason, ratings, null);
    }

    public TicketView(String number, String zone, boolean green, TicketState state, String day, String issuedAt,
                      String calledAt, String counter, Integer ahead, Integer estimatedWaitSec, String startedAt,
                      String finishedAt, Outcome outcome, String dueDate, Integer rating, int recalls,
                      String fromZone, String booking, String caseId) {
        this(number, zone, green, state, day, issuedAt, calledAt, counter, ahead, estimatedWaitSec, startedAt,
                finishedAt, outcome, dueDate, rating, recalls, fromZone, booking, caseId, null, null, null);
    }

    public TicketView(String number, String zone, boolean green, TicketState state, String day, String issuedAt,
                      String calledAt, String counter, Integer ahead, Integer estimatedWaitSec, String startedAt,
                      String finishedAt, Outcome outcome, String dueDate, Integer rating, int recalls,
                      String fromZone) {
        this(number, zone, green, state, day, issuedAt, calledAt, counter, ahead, estimatedWaitSec, startedAt,
                finishedAt, outcome, dueDate, rating, recalls, fromZone, null, null, null, null, null);
    }
}
