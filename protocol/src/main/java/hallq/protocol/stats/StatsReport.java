package hallq.protocol.stats;

import java.util.List;
import java.util.Map;

/**
 * The statistics of a period (contract section 5's {@code /api/stats}, and the {@code stats} op's reply): counts,
 * waits and service times per zone, window, clerk, hour and day, ratings and outcomes. The server computes it
 * ({@code HallStats}); the dashboard and any terminal read this same shape.
 */
public record StatsReport(String from, String to, Totals totals, List<ZoneStats> zones, List<CounterStats> counters,
                          List<ClerkStats> clerks, List<HourStats> hours, Map<String, Object> ratings,
                          Map<String, Integer> outcomes, List<DayStats> days, List<BadRating> badRatings,
                          // bookings (contract section 9)
                          BookingStats bookings,
                          // cases2 (issue 18, contract section 10): the period's cases
                          CaseStats cases,
                          // rating (issue 20): green channel by reason, rating reasons, the 差评 closed loop
                          Evaluation evaluation) {

    public StatsReport(String from, String to, Totals totals, List<ZoneStats> zones, List<CounterStats> counters,
                       List<ClerkStats> clerks, List<HourStats> hours, Map<String, Object> ratings,
                       Map<String, Integer> outcomes, List<DayStats> days, List<BadRating> badRatings,
                       BookingStats bookings) {
        this(from, to, totals, zones, counters, clerks, hours, ratings, outcomes, days, badRatings, bookings, null,
                null);
    }

    public StatsReport(String from, String to, Totals totals, List<ZoneStats> zones, List<CounterStats> counters,
                       List<ClerkStats> clerks, List<HourStats> hours, Map<String, Object> ratings,
                       Map<String, Integer> outcomes, List<DayStats> days, List<BadRating> badRatings) {
        this(from, to, totals, zones, counters, clerks, hours, ratings, outcomes, days, badRatings, null, null, null);
    }

    public StatsReport withBookings(BookingStats b) {
        return new StatsReport(from, to, totals, zones, counters, clerks, hours, ratings, outcomes, days, badRatings, b,
                cases, evaluation);
    }

    /** Cases2 (issue 18): the same report with the period's case figures. */
    public StatsReport withCases(CaseStats c) {
        return new StatsReport(from, to, totals, zones, counters, clerks, hours, ratings, outcomes, days, badRatings,
                bookings, c, evaluation);
    }

    /**
     * Cases2 (issue 18, contract section 10): the cases opened in the period (by the day of the visit that opened
     * them), as the server's {@code CaseFigures} counts them; the README says exactly what each figure counts.
     * Rates are fractions (0.9231), null when there is nothing to judge; {@code avgWorkingDays} to 0.1.
     */
    public record CaseStats(int opened, int accepted, int incomplete, int ready, int returned, int collected,
                            int mailed, int overdue, Double onTimeRate, Double earlyRate, Double avgWorkingDays,
                            Double visitsPerCase, Double oneVisitRate, int onTheSpot,
                            List<CaseGroup> zones, List<CaseGroup> counters, List<CaseGroup> clerks,
                            List<CaseGroup> matters) {
    }

    /** One zone's, window's, clerk's or matter's cases (the 承诺件 it accepted and how they were done). */
    public record CaseGroup(String id, String name, int opened, int judged, int onTime, int early, int overdue,
                            Double onTimeRate, Double earlyRate, Double avgWorkingDays, Double oneVisitRate) {
    }

    // ---- rating (issue 20) ----

    public StatsReport withEvaluation(Evaluation e) {
        return new StatsReport(from, to, totals, zones, counters, clerks, hours, ratings, outcomes, days, badRatings,
                bookings, cases, e);
    }

    /**
     * Issue 20's figures: the green channel's tickets by why they were green ({@code unstated}: an older kiosk said
     * nothing) and how many times each reason of a 1 or 2 was chosen ({@code RatingReason} wire names).
     */
    public record Evaluation(List<GreenStats> green, Map<String, Integer> ratingReasons,
                             // the 差评 closed loop of the period's ratings: all, and by window and by clerk
                             RectifyStats rectification, List<RectifyStats> rectificationByCounter,
                             List<RectifyStats> rectificationByClerk) {
        public Evaluation(List<GreenStats> green, Map<String, Integer> ratingReasons) {
            this(green, ratingReasons, null, List.of(), List.of());
        }

        public Evaluation withRectification(RectifyStats all, List<RectifyStats> byCounter,
                                            List<RectifyStats> byClerk) {
            return new Evaluation(green, ratingReasons, all, byCounter, byClerk);
        }
    }

    /**
     * The 差评 work items of a window, a clerk or all: {@code bad} ratings of 1 or 2, of which {@code upheld} on appeal
     * (复核通过: they no longer count); of the rest, {@code rectified} (已整改 or 已回访), {@code onTime} rectified by the
     * due date, {@code visited} (已回访); the rates are shares of the rest (bad − upheld), to 0.0001, null when none.
     */
    public record RectifyStats(String id, String name, int bad, int upheld, int rectified, int onTime, int visited,
                               Double rectifyRate, Double onTimeRate, Double visitRate) {
    }

    /** Green-channel tickets issued for one reason: issued, served, and their waits. */
    public record GreenStats(String reason, int issued, int served, Double avgWaitSec, Integer p90WaitSec) {
    }

    /**
     * Bookings of the period's days (contract section 9): {@code booked} all made for them, of which {@code checkedIn},
     * {@code noShow} and {@code cancelled} (the rest are still to come); the same per zone; and the average wait of
     * booked tickets (check-in to first call) beside that of walk-ins.
     */
    public record BookingStats(int booked, int checkedIn, int noShow, int cancelled, List<ZoneBookings> zones,
                               Double bookedAvgWaitSec, Double walkInAvgWaitSec) {
    }

    public record ZoneBookings(String id, int booked, int checkedIn, int noShow, int cancelled,
                               List<SlotBookings> slots) {
        public ZoneBookings {
            slots = slots == null ? List.of() : List.copyOf(slots);
        }

        // phone2 (issue 17): the zone's figures per slot, for the dashboard's bookings of the day
        public ZoneBookings(String id, int booked, int checkedIn, int noShow, int cancelled) {
            this(id, booked, checkedIn, noShow, cancelled, List.of());
        }
    }

    /** phone2: one slot's bookings over the period (booked counts all made, the other three are their states). */
    public record SlotBookings(String slot, int booked, int checkedIn, int noShow, int cancelled) {
    }

    public record Totals(int issued, int served, int noShow, int transferred, Double avgWaitSec, Integer p90WaitSec,
                         Double avgServiceSec) {
    }

    /** {@code noShow} and {@code transferred} count tickets issued in the zone. */
    public record ZoneStats(String id, String name, int issued, int served, Double avgWaitSec, Integer p90WaitSec,
                            Integer maxWaitSec, int noShow, int transferred) {
    }

    /** {@code noShow}: tickets that were no-shows at this window; ratings of the tickets it finished. */
    public record CounterStats(String id, String name, int served, Double avgServiceSec, long pausedSec, int noShow,
                               Map<String, Integer> ratings, Double satisfaction) {
    }

    public record ClerkStats(String id, String name, int served, Double avgServiceSec, Map<String, Integer> ratings,
                             Double satisfaction) {
    }

    public record HourStats(String hour, int issued, int served, Double avgWaitSec) {
    }

    /** One business day of the period, by the tickets' business day (a ticket never outlives its day). */
    public record DayStats(String day, int issued, int served, int noShow, Double avgWaitSec, Double avgServiceSec,
                           Double satisfaction) {
    }

    /** A rating of level 1 or 2 (差评), for the hall to call back; {@code id} is {@code day/number}. */
    public record BadRating(String id, String day, String number, String zone, String counter, String counterName,
                            String clerk, String clerkName, int level, String ratedAt, String outcome,
                            // rating (issue 20): the matter rated (null: the whole ticket) and the citizen's reasons
                            String matter, List<String> reasons) {
        public BadRating(String id, String day, String number, String zone, String counter, String counterName,
                         String clerk, String clerkName, int level, String ratedAt, String outcome) {
            this(id, day, number, zone, counter, counterName, clerk, clerkName, level, ratedAt, outcome, null,
                    List.of());
        }
    }
}
