package hallq.server.cases;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import hallq.protocol.Json;
import hallq.protocol.Outcome;
import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.hall.Clerk;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Zone;
import hallq.protocol.matters.MatterCatalogue;
import hallq.server.stats.TicketCsv;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /api/cases.csv} (issue 18): one row per case opened in the period, for the monthly 效能评价 in a
 * spreadsheet: who accepted it, the matter, the promised and the done day, whether on time, the working days, the
 * visits. Never the key. A UTF-8 byte order mark first and formula-like texts guarded, as the tickets' CSV.
 */
public final class CaseCsv {
    public static final List<String> COLUMNS = List.of("id", "day", "ticket", "zone", "zoneName", "counter", "clerk",
            "clerkName", "outcome", "matter", "matterName", "state", "dueDate", "doneDay", "onTime", "workingDays",
            "visits", "previous", "missing", "waived", "waivedDue", "reason", "tracking", "openedAt", "closedAt");

    private static final CsvMapper CSV = new CsvMapper();

    private CaseCsv() {
    }

    public static String write(HallConfig hall, List<CaseRecord> cases) {
        ZoneId tz = ZoneId.of(hall.hall().timezone());
        WorkingDays days = WorkingDays.of(hall.calendar());
        MatterCatalogue matters = new MatterCatalogue(hall.matters());
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Object[]> rows = new ArrayList<>();
        for (CaseRecord c : cases) {
            LocalDate done = c.doneAt() == null ? null : LocalDate.ofInstant(c.doneAt(), tz);
            String onTime = c.outcome() != Outcome.ACCEPTED || c.dueDate() == null || done == null ? null
                    : done.isAfter(c.dueDate()) ? "no" : "yes";
            rows.add(new Object[] {c.id(), c.day().toString(), c.ticket(), c.zone(),
                hall.zone(c.zone()).map(Zone::name).orElse(null), c.counter(), c.clerk(),
                c.clerk() == null ? null : hall.clerk(c.clerk()).map(Clerk::name).orElse(null), c.outcome().wire(),
                c.matter(), c.matter() == null ? null : matters.byCode(c.matter()).map(m -> m.name()).orElse(null),
                c.state().wire(), str(c.dueDate()), str(done), onTime,
                done == null ? null : days.workingDaysBetween(c.day(), done), c.visits(), c.previous(),
                String.join("；", c.missing()), String.join("；", c.waived()), str(c.waivedDue()), c.reason(),
                c.tracking(), Json.time(c.openedAt(), tz), Json.time(c.closedAt(), tz)});
        }
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

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
