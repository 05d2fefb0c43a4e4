package hallq.server.stats;

import hallq.protocol.GreenReason;
import hallq.protocol.RatingReason;
import hallq.protocol.stats.StatsReport.Evaluation;
import hallq.protocol.stats.StatsReport.GreenStats;
import hallq.server.queue.RatingEntry;
import hallq.server.queue.TicketRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 20's figures of a period, a pure function of its tickets: green-channel tickets by why they were green
 * (waits as {@link HallStats} counts them), and how often each reason of a 1 or 2 was chosen.
 */
final class EvaluationFigures {
    /** Green tickets whose kiosk said no reason (issued before reasons, or by an older kiosk). */
    static final String UNSTATED = "unstated";

    private EvaluationFigures() {
    }

    static Evaluation of(List<TicketRecord> tickets) {
        Map<String, List<TicketRecord>> byReason = new LinkedHashMap<>();
        for (GreenReason r : GreenReason.values()) {
            byReason.put(r.wire(), new ArrayList<>());
        }
        byReason.put(UNSTATED, new ArrayList<>());
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (RatingReason r : RatingReason.values()) {
            reasons.put(r.wire(), 0);
        }
        for (TicketRecord t : tickets) {
            if (t.green()) {
                byReason.get(t.greenReason() == null ? UNSTATED : t.greenReason().wire()).add(t);
            }
            for (RatingEntry e : t.allRatings()) {
                e.reasons().forEach(r -> reasons.merge(r.wire(), 1, Integer::sum));
            }
        }
        List<GreenStats> green = new ArrayList<>();
        byReason.forEach((reason, ts) -> {
            List<Long> waits = ts.stream().map(HallStats::waitSec).filter(w -> w != null).toList();
            green.add(new GreenStats(reason, ts.size(), (int) ts.stream().filter(HallStats::served).count(),
                    HallStats.avg(waits), HallStats.p90(waits)));
        });
        return new Evaluation(green, reasons);
    }
}
