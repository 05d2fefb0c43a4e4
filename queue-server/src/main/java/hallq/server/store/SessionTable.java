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
    /**
     * A login: one that has ended, or ({@code open}) one still open, which counts up to the moment it was read
     * ({@code to}).
     */
    public record Session(String counter, String clerk, Instant from, Instant to, boolean open) {
        public Session(String counter, String clerk, Instant from, Instant to) {
            this(counter, clerk, from, to, false);
        }
    }

    static final String CREATE = "CREATE CACHED TABLE IF NOT EXISTS clerk_session (counter VARCHAR(64) NOT NULL, "
            + "clerk VARCHAR(64) NOT NULL, from_at BIGINT NOT NULL, to_at BIGINT)";
    static final String START = "INSERT INTO clerk_session (counter, clerk, from_at, to_at) VALUES (?, ?, ?, NULL)";
    static final String END = "UPDATE clerk_session SET to_at = ? WHERE counter = ? AND clerk = ? AND to_at IS NULL";
    /** The logins overlapping [?2, ?1), an open one as up to ?3 (the present). */
    static final String SELECT = "SELECT counter, clerk, from_at, to_at FROM clerk_session "
            + "WHERE from_at < ? AND COALESCE(to_at, ?) > ? ORDER BY from_at";

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

    /** The rows of {@link #SELECT}; an open login ends at {@code now} (never before it began). */
    static List<Session> read(PreparedStatement p, Instant now) throws SQLException {
        List<Session> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                Instant from = Instant.ofEpochMilli(rs.getLong(3));
                long to = rs.getLong(4);
                boolean open = rs.wasNull();
                out.add(new Session(rs.getString(1), rs.getString(2), from,
                        open ? (now.isBefore(from) ? from : now) : Instant.ofEpochMilli(to), open));
            }
        }
        return out;
    }
}
