package hallq.protocol.stats;

import java.util.List;
import java.util.Map;

/**
 * Rating (issue 20): a month's 月度考评 of every window and clerk ({@code GET /api/appraisal?month=YYYY-MM}): served,
 * service time, satisfaction (an upheld appeal's rating left out), 差评 and their rectification, pause time by
 * reason, attendance from logins; the windows ranked by satisfaction and by the hall file's weighted score.
 * Rates are shares to 0.0001, minutes whole, null where there is nothing to measure.
 */
public record Appraisal(String month, Weights weights, int workingDays, Integer openMinPerDay,
                        List<WindowAppraisal> windows, List<ClerkAppraisal> clerks, List<Rank> bySatisfaction,
                        List<Rank> byScore) {

    /** The hall file's {@code policy} weights of a window's score. */
    public record Weights(int satisfaction, int served, int rectify, int attendance) {
    }

    /**
     * {@code staffedMin}: minutes a clerk was logged in at the window within the hall's hours on working days;
     * {@code attendanceRate} that share of {@code openMin} (working days × hours); {@code score} 0..100.
     */
    public record WindowAppraisal(String id, String name, int served, Double avgServiceSec, Double satisfaction,
                                  int bad, Double rectifyRate, Double onTimeRate, long pausedSec,
                                  Map<String, Long> pauseSecByReason, long staffedMin, Integer openMin,
                                  Double attendanceRate, Double score) {
    }

    /**
     * {@code minutesIn}: minutes logged in (any window) within the hall's hours on working days; {@code daysPresent}
     * working days with a login; {@code lateDays} of them with the first login after opening, {@code earlyDays} with
     * the last logout before closing (to the minute). Pauses are those of the windows while this clerk was logged in.
     */
    public record ClerkAppraisal(String id, String name, int served, Double avgServiceSec, Double satisfaction,
                                 int bad, Double rectifyRate, Double onTimeRate, long pausedSec,
                                 Map<String, Long> pauseSecByReason, long minutesIn, int daysPresent, int lateDays,
                                 int earlyDays) {
    }

    /** A window's place in a ranking, by the ranking's {@code value}. */
    public record Rank(int rank, String id, String name, Double value) {
    }
}
