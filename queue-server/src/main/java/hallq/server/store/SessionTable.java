package hallq.server.store;

import hallq.server.queue.SessionMark;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Attendance (issue 20): {@code clerk_session} (migration 10), one row a clerk's login at a window: inserted open at
 * the login, closed at its end. A window has at most one open row; an end without one (a login from before this
 * table) changes nothing.
 */
public final class SessionTable {
    /** A login that has ended. */
    public record Session(String counter, String clerk, Instant from, Instant to) {
    }

    static final String CREATE = "CREATE CACHED TABLE IF NOT EXISTS clerk_session (counter VARCHAR(64) NOT NULL, "
            + "clerk VARCHAR(64) NOT NULL, from_at BIGINT NOT NULL, to_at BIGINT)";
    static final String START = "INSERT INTO clerk_session (counter, clerk, from_at, to_at) VALUES (?, ?, ?, NULL)";
    static final String END = "UPDATE clerk_session SET to_at = ? WHERE counter = ? AND clerk = ? AND to_at IS NULL";
    static final String SELECT = "SELECT counter, clerk, from_at, to_at FROM clerk_session "
            + "WHERE to_at IS NOT NULL AND from_at < ? AND to_at > ? ORDER BY from_at";

    private SessionTable() {
    }

    static void apply(PreparedStatement p, SessionMark m) throws SQLException {
        if (m.start()) {
            p.setString(1, m.counter());
            p.setString(2, m.clerk());
            p.setLong(3, m.at().toEpochMilli());
        } else {
            p.setLong(1, m.at().toEpochMilli());
            p.setString(2, m.counter());
            p.setString(3, m.clerk());
        }
        p.executeUpdate();
    }

    static List<Session> read(PreparedStatement p) throws SQLException {
        List<Session> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new Session(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                        Instant.ofEpochMilli(rs.getLong(4))));
            }
        }
        return out;
    }
}
