package hallq.protocol.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import hallq.protocol.Op;
import hallq.protocol.Outcome;
import hallq.protocol.message.Replies.CaseReply;
import hallq.protocol.message.Replies.MattersReply;
import hallq.protocol.message.Replies.CaseCalls;
import hallq.protocol.message.Replies.Done;
import hallq.protocol.message.Replies.Issued;
import hallq.protocol.message.Replies.LoggedIn;
import hallq.protocol.message.Replies.NoShows;
import hallq.protocol.message.Replies.SnapshotReply;
import hallq.protocol.message.Replies.TicketReply;
import hallq.protocol.stats.StatsReport;
import java.time.LocalDate;
import java.util.List;

/**
 * Every op a terminal sends, as a typed request (hello aside: {@link hallq.protocol.client.HallClient} says it on
 * every connection by itself). Field names are the arguments' wire names; {@code OpRequestsTest} checks them
 * against {@link Op}'s argument table, so that the two never part.
 */
public final class Requests {
    private Requests() {
    }

    public record Ping() implements Request<Done> {
        public Op op() {
            return Op.PING;
        }

        public Class<Done> replyType() {
            return Done.class;
        }
    }

    public record SnapshotNow() implements Request<SnapshotReply> {
        public Op op() {
            return Op.SNAPSHOT;
        }

        public Class<SnapshotReply> replyType() {
            return SnapshotReply.class;
        }
    }

    /** A terminal's fault ({@code PRINTER_PAPER_OUT}, ...), for the managers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(String fault, String message) implements Request<Done> {
        public Op op() {
            return Op.REPORT;
        }

        public Class<Done> replyType() {
            return Done.class;
        }
    }

    /** A ticket for {@code zone}; {@code green} for the green channel; {@code idCard} the resident ID, or null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Issue(String zone, Boolean green, String idCard,
                        @JsonProperty("case") String caseRef,
                        // rating (issue 20): why it is green, a GreenReason's wire name, or null
                        String greenReason) implements Request<Issued> {
        public Issue(String zone, boolean green, String idCard) {
            this(zone, green ? Boolean.TRUE : null, idCard, null, null);
        }

        public Issue(String zone, Boolean green, String idCard, String caseRef) {
            this(zone, green, idCard, caseRef, null);
        }

        public Op op() {
            return Op.ISSUE;
        }

        public Class<Issued> replyType() {
            return Issued.class;
        }
    }

    public record Login(String clerk, String pin) implements Request<LoggedIn> {
        public Op op() {
            return Op.LOGIN;
        }

        public Class<LoggedIn> replyType() {
            return LoggedIn.class;
        }

        @Override
        public String toString() {
            return "Login[clerk=" + clerk + "]"; // never the PIN in a log
        }
    }

    /**
     * A window's ops without arguments, each answered with the window's ticket, or with nothing
     * ({@link #LOGOUT}, {@link #RESUME}).
     */
    public record Logout() implements Request<Done> {
        public Op op() {
            return Op.LOGOUT;
        }

        public Class<Done> replyType() {
            return Done.class;
        }
    }

    public record Resume() implements Request<Done> {
        public Op op() {
            return Op.RESUME;
        }

        public Class<Done> replyType() {
            return Done.class;
        }
    }

    /** {@code call-next}, {@code recall}, {@code start}, {@code no-show}: the window's ticket in the reply. */
    public record WindowAct(Op op) implements Request<TicketReply> {
        public WindowAct {
            if (op != Op.CALL_NEXT && op != Op.RECALL && op != Op.START && op != Op.NO_SHOW) {
                throw new IllegalArgumentException(op + " is not a window act without arguments");
            }
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public Op op() {
            return op;
        }

        public Class<TicketReply> replyType() {
            return TicketReply.class;
        }
    }

    /** {@code dueDate} only for {@link Outcome#ACCEPTED} (承诺件), or null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Finish(Outcome outcome, LocalDate dueDate,
                         // cases (issue 18): the matter's code, 补正's missing materials, 容缺受理's waived ones
                         String matter,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missing,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> waived,
                         LocalDate waivedDue,
                         // rating (issue 20, 一事一评): the other matters handled in this visit, besides {@code matter}
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> matters) implements Request<TicketReply> {
        public Finish(Outcome outcome, LocalDate dueDate) {
            this(outcome, dueDate, null, null, null, null, null);
        }

        public Finish(Outcome outcome, LocalDate dueDate, String matter, List<String> missing, List<String> waived,
                      LocalDate waivedDue) {
            this(outcome, dueDate, matter, missing, waived, waivedDue, null);
        }

        /** The same finish naming the visit's other matters as well. */
        public Finish withMatters(List<String> others) {
            return new Finish(outcome, dueDate, matter, missing, waived, waivedDue, others);
        }

        public Op op() {
            return Op.FINISH;
        }

        public Class<TicketReply> replyType() {
            return TicketReply.class;
        }
    }

    /** Puts today's no-show {@code ticket} back in its queue. */
    public record Requeue(String ticket) implements Request<TicketReply> {
        public Op op() {
            return Op.REQUEUE;
        }

        public Class<TicketReply> replyType() {
            return TicketReply.class;
        }
    }

    /** Sends the window's ticket to {@code zone}'s queue. */
    public record Transfer(String zone) implements Request<TicketReply> {
        public Op op() {
            return Op.TRANSFER;
        }

        public Class<TicketReply> replyType() {
            return TicketReply.class;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pause(String reason) implements Request<Done> {
        public Op op() {
            return Op.PAUSE;
        }

        public Class<Done> replyType() {
            return Done.class;
        }
    }

    /**
     * The citizen's rating of {@code ticket}, 1..5, once per matter (issue 20, 一事一评: {@code matter} the matter's
     * code, null for the ticket as a whole); {@code reasons} (RatingReason wire names) only with a level of 1 or 2.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rate(String ticket, int level,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> reasons,
                       String matter) implements Request<TicketReply> {
        public Rate(String ticket, int level) {
            this(ticket, level, null, null);
        }
        public Op op() {
            return Op.RATE;
        }

        public Class<TicketReply> replyType() {
            return TicketReply.class;
        }
    }

    public record NoShowsToday() implements Request<NoShows> {
        public Op op() {
            return Op.NO_SHOWS;
        }

        public Class<NoShows> replyType() {
            return NoShows.class;
        }
    }

    public record Stats(LocalDate from, LocalDate to) implements Request<StatsReport> {
        public Op op() {
            return Op.STATS;
        }

        public Class<StatsReport> replyType() {
            return StatsReport.class;
        }
    }

    // ---- bookings (contract section 9) ----

    /** A booked citizen checks in at the kiosk by the booking's {@code code} or by the {@code idCard} number. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckIn(String code, String idCard) implements Request<Issued> {
        public Op op() {
            return Op.CHECK_IN;
        }

        public Class<Issued> replyType() {
            return Issued.class;
        }

        @Override
        public String toString() {
            return "CheckIn[code=" + code + "]"; // never the ID number in a log
        }
    }

    // ---- cases (issue 18) ----------------------------------------------------------------------------------

    /** The back office: the case's result is ready for pickup (办结待取). {@code caseId} is the case's id. */
    public record CaseReady(@JsonProperty("case") String caseId) implements Request<CaseReply> {
        public Op op() {
            return Op.CASE_READY;
        }

        public Class<CaseReply> replyType() {
            return CaseReply.class;
        }
    }

    /** The back office: the case is returned (退件), {@code reason} in words, required. */
    public record CaseReturned(@JsonProperty("case") String caseId, String reason) implements Request<CaseReply> {
        public Op op() {
            return Op.CASE_RETURNED;
        }

        public Class<CaseReply> replyType() {
            return CaseReply.class;
        }
    }

    /** The back office: the result was mailed (EMS), {@code tracking} its number, required. */
    public record CaseMailed(@JsonProperty("case") String caseId, String tracking) implements Request<CaseReply> {
        public Op op() {
            return Op.CASE_MAILED;
        }

        public Class<CaseReply> replyType() {
            return CaseReply.class;
        }
    }

    // ---- phone2 (issue 17) ----------------------------------------------------------------------------------

    /**
     * The kiosk gives today's waiting {@code ticket} (one it issued) the citizen's mobile {@code phone}: the hall then
     * texts it "3 ahead" and the call, and forgets the number when the ticket ends or its day does.
     */
    public record AttachPhone(String ticket, String phone) implements Request<TicketReply> {
        public Op op() {
            return Op.ATTACH_PHONE;
        }

        public Class<TicketReply> replyType() {
            return TicketReply.class;
        }

        @Override
        public String toString() {
            // the number masked in any log line: 138****5678
            String p = phone == null ? null : phone.length() < 7 ? "****"
                    : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
            return "AttachPhone[ticket=" + ticket + ", phone=" + p + "]";
        }
    }

    // ---- cases2 (issue 18): the matters catalogue ----------------------------------------------------------

    /** The hall's matters (事项) accepted in {@code zone}, or all of them when it is null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Matters(String zone) implements Request<MattersReply> {
        public Op op() {
            return Op.MATTERS;
        }

        public Class<MattersReply> replyType() {
            return MattersReply.class;
        }
    }

    /** The citizen's mobile number for a case this window opened (texts on 办结/退件, the call list). */
    public record CasePhone(@JsonProperty("case") String caseId, String phone) implements Request<CaseReply> {
        public Op op() {
            return Op.CASE_PHONE;
        }

        public Class<CaseReply> replyType() {
            return CaseReply.class;
        }

        @Override
        public String toString() {
            return "CasePhone[case=" + caseId + "]"; // never the number in a log
        }
    }

    /** The pickup window's 待通知 list: ready or returned cases whose citizen is still to be told. */
    public record CaseCallList() implements Request<CaseCalls> {
        public Op op() {
            return Op.CASE_CALLS;
        }

        public Class<CaseCalls> replyType() {
            return CaseCalls.class;
        }
    }

    /** A call of the list made: the citizen of {@code caseId} was told. */
    public record CaseNotified(@JsonProperty("case") String caseId) implements Request<CaseReply> {
        public Op op() {
            return Op.CASE_NOTIFIED;
        }

        public Class<CaseReply> replyType() {
            return CaseReply.class;
        }
    }

    // ---- rating (issue 20): the 差评 closed loop ------------------------------------------------------------

    /** The work items the hall holds: every open one, and those of the last two months. */
    public record RatingItems() implements Request<Replies.RatingItemList> {
        public Op op() {
            return Op.RATING_ITEMS;
        }

        public Class<Replies.RatingItemList> replyType() {
            return Replies.RatingItemList.class;
        }
    }

    /**
     * Moves work item {@code item} to state {@code to} (a RectifyState wire name) with the step's {@code note}
     * (required), and names the person {@code responsible} when given.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RatingStep(String item, String to, String note, String responsible)
            implements Request<Replies.RatingItemReply> {
        public Op op() {
            return Op.RATING_STEP;
        }

        public Class<Replies.RatingItemReply> replyType() {
            return Replies.RatingItemReply.class;
        }
    }
}
