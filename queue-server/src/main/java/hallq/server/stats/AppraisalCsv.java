package hallq.server.stats;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import hallq.protocol.stats.Appraisal;
import hallq.protocol.stats.Appraisal.ClerkAppraisal;
import hallq.protocol.stats.Appraisal.Rank;
import hallq.protocol.stats.Appraisal.WindowAppraisal;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rating (issue 20): {@code /api/appraisal.csv}, the month's 月度考评 as one sheet: a row per window (with its two
 * ranks) and then a row per clerk; cells guarded against formulas as {@link TicketCsv} does, a UTF-8 byte order mark
 * first for Excel.
 */
public final class AppraisalCsv {
    public static final List<String> COLUMNS = List.of("month", "kind", "id", "name", "rankSatisfaction",
            "rankScore", "score", "served", "avgServiceSec", "satisfaction", "bad", "rectifyRate", "onTimeRate",
            "pausedSec", "pauseByReason", "minutesLoggedIn", "attendanceRate", "daysPresent", "lateDays",
            "earlyDays");
    private static final CsvMapper CSV = new CsvMapper();

    private AppraisalCsv() {
    }

    public static String write(Appraisal a) {
        List<Object[]> rows = new ArrayList<>();
        for (WindowAppraisal w : a.windows()) {
            rows.add(new Object[] {a.month(), "window", w.id(), w.name(), rank(a.bySatisfaction(), w.id()),
                rank(a.byScore(), w.id()), w.score(), w.served(), w.avgServiceSec(), w.satisfaction(), w.bad(),
                w.rectifyRate(), w.onTimeRate(), w.pausedSec(), reasons(w.pauseSecByReason()), w.staffedMin(),
                w.attendanceRate(), null, null, null});
        }
        for (ClerkAppraisal c : a.clerks()) {
            rows.add(new Object[] {a.month(), "clerk", c.id(), c.name(), null, null, null, c.served(),
                c.avgServiceSec(), c.satisfaction(), c.bad(), c.rectifyRate(), c.onTimeRate(), c.pausedSec(),
                reasons(c.pauseSecByReason()), c.minutesIn(), null, c.daysPresent(), c.lateDays(), c.earlyDays()});
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try {
            CSV.writer(schema.build()).writeValues(out).writeAll(rows.stream()
                    .map(r -> Arrays.stream(r).map(TicketCsv::cell).toList()).toList()).close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Integer rank(List<Rank> ranks, String id) {
        return ranks.stream().filter(r -> r.id().equals(id)).map(Rank::rank).findFirst().orElse(null);
    }

    /** "会议 600; unstated 120": a pause reason is a clerk's text, guarded as a whole cell is. */
    private static String reasons(Map<String, Long> byReason) {
        return byReason.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
