package hallq.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Instants as the database keeps them: epoch milliseconds in a BIGINT, NULL for none. */
final class SqlTimes {
    private SqlTimes() {
    }

    static void set(PreparedStatement p, int i, Instant at) throws SQLException {
        if (at == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, at.toEpochMilli());
        }
    }

    static Instant get(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
