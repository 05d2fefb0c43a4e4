package hallq.server.followup;

import hallq.server.stats.HallStats;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Follow-ups of bad ratings in a table of their own in the hall's database, on a connection of their own. Each
 * record is committed before it returns (the database writes without delay): a recorded follow-up is on disk.
 * One follow-up per rated ticket; recording again replaces the note.
 */
public final class FollowUpStore implements AutoCloseable {
    private final Connection db;

    public FollowUpStore(Connection db) throws SQLException {
        this.db = db;
        // under MVCC a CREATE waits for every open transaction of the hall's own connections: only when needed
        if (!exists()) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE CACHED TABLE IF NOT EXISTS followup (day DATE NOT NULL, number VARCHAR(16) NOT NULL, "
                        + "note VARCHAR(2000) NOT NULL, at_ms BIGINT NOT NULL, by_device VARCHAR(64) NOT NULL, "
                        + "PRIMARY KEY (day, number))");
                s.execute("COMMIT");
            }
        }
        db.setAutoCommit(false);
    }

    private boolean exists() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'FOLLOWUP'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    public synchronized void record(FollowUp f) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("MERGE INTO followup USING (VALUES (CAST(? AS DATE), "
                + "CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(2000)), CAST(? AS BIGINT), CAST(? AS VARCHAR(64)))) "
                + "AS n(day, number, note, at_ms, by_device) ON followup.day = n.day AND followup.number = n.number "
                + "WHEN MATCHED THEN UPDATE SET note = n.note, at_ms = n.at_ms, by_device = n.by_device "
                + "WHEN NOT MATCHED THEN INSERT VALUES n.day, n.number, n.note, n.at_ms, n.by_device")) {
            p.setDate(1, Date.valueOf(f.day()));
            p.setString(2, f.number());
            p.setString(3, f.note());
            p.setLong(4, f.at().toEpochMilli());
            p.setString(5, f.by());
            p.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    /** The follow-ups of tickets of these days, by {@code day/number}. */
    public synchronized Map<String, FollowUp> between(LocalDate from, LocalDate to) throws SQLException {
        Map<String, FollowUp> found = new LinkedHashMap<>();
        try (PreparedStatement p = db.prepareStatement("SELECT day, number, note, at_ms, by_device FROM followup "
                + "WHERE day BETWEEN ? AND ? ORDER BY day, number")) {
            p.setDate(1, Date.valueOf(from));
            p.setDate(2, Date.valueOf(to));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    FollowUp f = new FollowUp(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5));
                    found.put(HallStats.ratingId(f.day(), f.number()), f);
                }
            }
            db.commit();
        }
        return found;
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // the database is shutting down with the hall: nothing is left to write
        }
    }
}
