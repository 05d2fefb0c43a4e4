package hallq.server.stats;

import hallq.protocol.RectifyState;
import hallq.protocol.hall.Clerk;
import hallq.protocol.hall.Counter;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.stats.StatsReport.RectifyStats;
import hallq.server.queue.RatingEntry;
import hallq.server.queue.TicketRecord;
import hallq.server.rating.RatingRules;
import hallq.server.rating.RectifyRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rating (issue 20): the figures of the 差评 closed loop, a pure function of the period's work items: 整改率, 按期整改率
 * and 回访率 overall, by window and by clerk; and the period's tickets without the ratings an upheld appeal
 * (复核通过) took out of the window's figures.
 */
public final class RectifyFigures {
    private RectifyFigures() {
    }

    /** The tickets as the statistics count them: a rating whose appeal was upheld is as if never given. */
    public static List<TicketRecord> withoutUpheld(List<TicketRecord> tickets, List<RectifyRecord> items) {
        Set<String> upheld = items.stream().filter(r -> r.state() == RectifyState.UPHELD).map(RectifyRecord::id)
                .collect(Collectors.toSet());
        if (upheld.isEmpty()) {
            return tickets;
        }
        List<TicketRecord> out = new ArrayList<>(tickets.size());
        for (TicketRecord t : tickets) {
            List<RatingEntry> all = t.allRatings();
            List<RatingEntry> kept = all.stream()
                    .filter(r -> !upheld.contains(RatingRules.itemId(t.day(), t.number(), r.matter()))).toList();
            out.add(kept.size() == all.size() ? t : withRatings(t, kept));
        }
        return out;
    }

    private static TicketRecord withRatings(TicketRecord t, List<RatingEntry> ratings) {
        RatingEntry first = ratings.isEmpty() ? null : ratings.get(0);
        return new TicketRecord(t.day(), t.number(), t.prefix(), t.serial(), t.issueZone(), t.zone(), t.green(),
                t.state(), t.queueClass(), t.queueKey(), t.issuedAt(), t.calledAt(), t.lastCalledAt(), t.startedAt(),
                t.finishedAt(), t.counter(), t.clerk(), t.outcome(), t.dueDate(),
                first == null ? null : first.level(), first == null ? null : first.at(), t.recalls(), t.transfers(),
                t.requeues(), t.idHash(), t.kiosk(), t.key(), t.booking(), t.caseId(), t.greenReason(), ratings,
                t.matters());
    }

    /** All items' figures. */
    public static RectifyStats all(List<RectifyRecord> items, ZoneId tz) {
        return figures(null, null, items, tz);
    }

    public static List<RectifyStats> byCounter(HallConfig hall, List<RectifyRecord> items, ZoneId tz) {
        return grouped(items, RectifyRecord::counter, id -> hall.counter(id).map(Counter::name).orElse(id), tz);
    }

    public static List<RectifyStats> byClerk(HallConfig hall, List<RectifyRecord> items, ZoneId tz) {
        return grouped(items, RectifyRecord::clerk, id -> hall.clerk(id).map(Clerk::name).orElse(id), tz);
    }

    private static List<RectifyStats> grouped(List<RectifyRecord> items, Function<RectifyRecord, String> key,
                                              Function<String, String> name, ZoneId tz) {
        Map<String, List<RectifyRecord>> by = new LinkedHashMap<>();
        for (RectifyRecord r : items) {
            if (key.apply(r) != null) {
                by.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<RectifyStats> out = new ArrayList<>();
        by.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(figures(e.getKey(), name.apply(e.getKey()), e.getValue(), tz)));
        return out;
    }

    private static RectifyStats figures(String id, String name, List<RectifyRecord> items, ZoneId tz) {
        int upheld = 0;
        int rectified = 0;
        int onTime = 0;
        int visited = 0;
        for (RectifyRecord r : items) {
            if (r.state() == RectifyState.UPHELD) {
                upheld++;
                continue;
            }
            if (r.state().isRectified()) {
                rectified++;
                LocalDate on = LocalDate.ofInstant(r.rectifiedAt(), tz);
                onTime += on.isAfter(r.dueDate()) ? 0 : 1;
            }
            visited += r.state() == RectifyState.VISITED ? 1 : 0;
        }
        int counted = items.size() - upheld;
        return new RectifyStats(id, name, items.size(), upheld, rectified, onTime, visited, rate(rectified, counted),
                rate(onTime, counted), rate(visited, counted));
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : Math.round(10000.0 * part / whole) / 10000.0;
    }
}
