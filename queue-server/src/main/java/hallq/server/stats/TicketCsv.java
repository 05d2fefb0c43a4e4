package hallq.server.stats;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import hallq.protocol.Json;
import hallq.protocol.hall.Clerk;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Zone;
import hallq.server.queue.TicketRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /api/stats.csv}: one row per ticket, the contract's columns first, then names for people who read it
 * in a spreadsheet. Starts with a UTF-8 byte order mark so that Excel shows the Chinese names right.
 */
public final class TicketCsv {
    public static final List<String> COLUMNS = List.of("day", "number", "zone", "green", "issuedAt", "calledAt",
            "startedAt", "finishedAt", "waitSec", "serviceSec", "counter", "clerk", "outcome", "rating", "state",
            "issueZone", "zoneName", "clerkName", "recalls", "transfers",
            "booked", // phone2: a booked ticket (checked in from a booking; its wait runs from the check-in)
            // rating (issue 20): why green; every rating as level[/matter][:reasons], one per matter, "; " between
            "greenReason", "ratings",
            // rating (issue 20, 一事一评): the matters handled in the visit, the case's first, "; " between
            "matters");

    private static final CsvMapper CSV = new CsvMapper();

    private TicketCsv() {
    }

    /** Characters a spreadsheet takes as the start of a formula (OWASP, CSV injection). */
    private static final String FORMULA_START = "=+-@\t\r";

    /**
     * A cell as text: a text beginning like a formula (a clerk named {@code =HYPERLINK(...)}) gets a {@code '} in
     * front, so that Excel shows it instead of running it; numbers stay numbers.
     */
    public static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        return v instanceof String && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /** Rating (issue 20): "2/M-1:wait,attitude; 5/M-2"; a matter code is a text from a pad, guarded as a cell. */
    private static String ratings(TicketRecord t) {
        return t.allRatings().stream().map(r -> r.level() + (r.matter() == null ? "" : "/" + r.matter())
                + (r.reasons().isEmpty() ? "" : ":" + r.reasons().stream().map(x -> x.wire())
                        .collect(java.util.stream.Collectors.joining(","))))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public static String write(HallConfig hall, List<TicketRecord> tickets) {
        ZoneId tz = ZoneId.of(hall.hall().timezone());
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Object[]> rows = new ArrayList<>();
        for (TicketRecord t : tickets) {
            rows.add(new Object[] {t.day().toString(), t.number(), t.zone(), t.green(), Json.time(t.issuedAt(), tz),
                Json.time(t.calledAt(), tz), Json.time(t.startedAt(), tz), Json.time(t.finishedAt(), tz),
                HallStats.waitSec(t), HallStats.serviceSec(t), t.counter(), t.clerk(),
                t.outcome() == null ? null : t.outcome().wire(), t.rating(), t.state().wire(), t.issueZone(),
                hall.zone(t.zone()).map(Zone::name).orElse(null),
                t.clerk() == null ? null : hall.clerk(t.clerk()).map(Clerk::name).orElse(null),
                t.recalls(), t.transfers(),
                t.booking() != null, t.greenReason() == null ? null : t.greenReason().wire(),
                ratings(t), String.join("; ", t.matters())});
        }
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try {
            // every cell as text, empty for none: the CSV writer would drop a null and shift the row
            CSV.writer(schema.build()).writeValues(out).writeAll(rows.stream()
                    .map(r -> Arrays.stream(r).map(TicketCsv::cell).toList()).toList()).close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
