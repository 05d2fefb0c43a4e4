package hallq.server.store;

import hallq.protocol.CaseState;
import hallq.protocol.Outcome;
import hallq.server.cases.CaseRecord;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Cases (issue 18) as rows of {@code hall_case} (migration 5): one row a case, written whole at each change (MERGE).
 * Material lists are kept one per line (a material's name has no line break: {@code Cases} folds white space).
 * Widths: ids and names as the contract's limits (section 7), a reason 200, a material list 30 × 100.
 */
final class CaseTable {
    static final String CREATE = "CREATE CACHED TABLE IF NOT EXISTS hall_case (id VARCHAR(80) PRIMARY KEY, "
            + "day DATE NOT NULL, ticket VARCHAR(16) NOT NULL, zone VARCHAR(64) NOT NULL, counter VARCHAR(64), "
            + "clerk VARCHAR(64), outcome VARCHAR(16) NOT NULL, matter VARCHAR(64), due_date DATE, "
            + "state VARCHAR(16) NOT NULL, case_key VARCHAR(32) NOT NULL, missing VARCHAR(4000), "
            + "waived VARCHAR(4000), waived_due DATE, reason VARCHAR(500), tracking VARCHAR(64), "
            + "opened_at BIGINT NOT NULL, changed_at BIGINT NOT NULL, done_at BIGINT, closed_at BIGINT, "
            + "previous VARCHAR(80), visits INT NOT NULL)";

    static final String COLUMNS = "id, day, ticket, zone, counter, clerk, outcome, matter, due_date, state, case_key, "
            + "missing, waived, waived_due, reason, tracking, opened_at, changed_at, done_at, closed_at, previous, "
            + "visits, phone, notified_at, notified_by";
    static final String SELECT = "SELECT " + COLUMNS + " FROM hall_case";
    static final String MERGE = "MERGE INTO hall_case USING (VALUES (" + String.join(", ",
            java.util.Collections.nCopies(25, "?")) + ")) AS n(" + COLUMNS + ") ON hall_case.id = n.id "
            + "WHEN MATCHED THEN UPDATE SET state = n.state, reason = n.reason, tracking = n.tracking, "
            + "changed_at = n.changed_at, done_at = n.done_at, closed_at = n.closed_at, visits = n.visits, "
            + "phone = n.phone, notified_at = n.notified_at, notified_by = n.notified_by "
            + "WHEN NOT MATCHED THEN INSERT VALUES (n." + COLUMNS.replace(", ", ", n.") + ")";

    private CaseTable() {
    }

    static void bind(PreparedStatement p, CaseRecord c) throws SQLException {
        p.setString(1, c.id());
        p.setDate(2, Date.valueOf(c.day()));
        p.setString(3, c.ticket());
        p.setString(4, c.zone());
        p.setString(5, c.counter());
        p.setString(6, c.clerk());
        p.setString(7, c.outcome().wire());
        p.setString(8, c.matter());
        date(p, 9, c.dueDate());
        p.setString(10, c.state().wire());
        p.setString(11, c.key());
        p.setString(12, lines(c.missing()));
        p.setString(13, lines(c.waived()));
        date(p, 14, c.waivedDue());
        p.setString(15, c.reason());
        p.setString(16, c.tracking());
        SqlTimes.set(p, 17, c.openedAt());
        SqlTimes.set(p, 18, c.changedAt());
        SqlTimes.set(p, 19, c.doneAt());
        SqlTimes.set(p, 20, c.closedAt());
        p.setString(21, c.previous());
        p.setInt(22, c.visits());
        p.setString(23, c.phone()); // cases2 (migration 8)
        SqlTimes.set(p, 24, c.notifiedAt());
        p.setString(25, c.notifiedBy());
    }

    /** Cases2 (issue 18, migration 8): the citizen's phone and the call-list mark. */
    static final String[] COLUMNS_8 = {"ALTER TABLE hall_case ADD COLUMN phone VARCHAR(16)",
        "ALTER TABLE hall_case ADD COLUMN notified_at BIGINT", "ALTER TABLE hall_case ADD COLUMN notified_by VARCHAR(64)"};

    static CaseRecord read(ResultSet rs) throws SQLException {
        return new CaseRecord(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), Outcome.fromWire(rs.getString(7)), rs.getString(8), date(rs, 9),
                CaseState.fromWire(rs.getString(10)), rs.getString(11), list(rs.getString(12)),
                list(rs.getString(13)), date(rs, 14), rs.getString(15), rs.getString(16), SqlTimes.get(rs, 17),
                SqlTimes.get(rs, 18), SqlTimes.get(rs, 19), SqlTimes.get(rs, 20), rs.getString(21), rs.getInt(22),
                rs.getString(23), SqlTimes.get(rs, 24), rs.getString(25));
    }

    private static void date(PreparedStatement p, int i, LocalDate d) throws SQLException {
        if (d == null) {
            p.setNull(i, Types.DATE);
        } else {
            p.setDate(i, Date.valueOf(d));
        }
    }

    private static LocalDate date(ResultSet rs, int i) throws SQLException {
        Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
    }

    private static String lines(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }

    private static List<String> list(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }
}
