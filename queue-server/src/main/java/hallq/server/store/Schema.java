package hallq.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database's layout as numbered migrations, applied in order on open; the version reached is the meta row
 * {@code schema}, written in the same transaction as the migration. A database from before versions counts as 0, and
 * every migration is written to find its work possibly done already (IF NOT EXISTS, a column looked for first), so
 * such a database ends in the same layout as a new one. A new table or column is a migration appended here.
 */
final class Schema {
    private static final Logger log = LoggerFactory.getLogger(Schema.class);

    @FunctionalInterface
    interface Step {
        void run(Statement s) throws SQLException;
    }

    record Migration(int version, String what, Step step) {
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "the hall's tables", s -> {
                s.execute(TicketTable.CREATE);
                s.execute("CREATE INDEX IF NOT EXISTS ticket_state ON ticket (state)");
                s.execute("CREATE MEMORY TABLE IF NOT EXISTS desk (counter VARCHAR(64) PRIMARY KEY, "
                        + "clerk VARCHAR(64), ticket_day DATE, ticket_number VARCHAR(16), pause_reason VARCHAR(500), "
                        + "paused_since BIGINT)");
                s.execute("CREATE CACHED TABLE IF NOT EXISTS pause (counter VARCHAR(64) NOT NULL, "
                        + "from_at BIGINT NOT NULL, to_at BIGINT NOT NULL, reason VARCHAR(500))");
                s.execute("CREATE INDEX IF NOT EXISTS pause_from ON pause (from_at)");
                s.execute("CREATE CACHED TABLE IF NOT EXISTS call_event (seq BIGINT PRIMARY KEY, "
                        + "at_ms BIGINT NOT NULL, payload VARCHAR(65536) NOT NULL)");
                // kept replies: a key row and a body row per committed batch (ReplyBatch), apart because a start
                // reads every key of the last 15 minutes and a body only for a retry
                s.execute("CREATE CACHED TABLE IF NOT EXISTS reply_key (id BIGINT PRIMARY KEY, "
                        + "at_ms BIGINT NOT NULL, hashes VARBINARY(65536) NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS reply_key_at ON reply_key (at_ms)");
                s.execute("CREATE CACHED TABLE IF NOT EXISTS reply_body (id BIGINT PRIMARY KEY, "
                        + "bodies VARCHAR(67108864) NOT NULL)");
                s.execute("MERGE INTO meta USING (VALUES ('seq', '0'), ('journal', '0')) AS n(k, v) "
                        + "ON meta.k = n.k WHEN NOT MATCHED THEN INSERT VALUES n.k, n.v");
            }),
            // reply_log, a row per reply, was the first layout of kept replies; they are at most minutes old and a
            // start takes longer than that, so it is simply dropped
            new Migration(2, "reply_log dropped", s -> s.execute("DROP TABLE reply_log IF EXISTS")),
            // contract section 8; tickets issued before have no key
            new Migration(3, "tickets have keys", s -> {
                if (!hasColumn(s, "TICKET", "TICKET_KEY")) {
                    s.execute("ALTER TABLE ticket ADD COLUMN ticket_key VARCHAR(32)");
                }
            }),
            // bookings (contract section 9): their table, and the booking a checked-in ticket came from
            new Migration(4, "bookings", s -> {
                s.execute(BookingTable.CREATE);
                s.execute("CREATE INDEX IF NOT EXISTS booking_state ON booking (state)");
                if (!hasColumn(s, "TICKET", "BOOKING")) {
                    s.execute("ALTER TABLE ticket ADD COLUMN booking VARCHAR(16)");
                }
            }),
            // cases (issue 18, contract section 10): a table of cases; a ticket names the case it is a visit for
            new Migration(5, "cases", s -> {
                if (!hasColumn(s, "TICKET", "CASE_REF")) {
                    s.execute("ALTER TABLE ticket ADD COLUMN case_ref VARCHAR(64)");
                }
                s.execute(CaseTable.CREATE);
                s.execute("CREATE INDEX IF NOT EXISTS hall_case_state ON hall_case (state)");
                s.execute("CREATE INDEX IF NOT EXISTS hall_case_day ON hall_case (day)");
            }),
            // phone (issue 17): a ticket's phone number, kept only until the ticket ends or its day does
            new Migration(6, "ticket phones", s -> s.execute(TicketPhoneTable.CREATE)),
            // phone2 (issue 17): the texts sent to citizens (notify.TextMarks), so that a restart sends none twice;
            // no phone numbers, only the day, the kind and the ticket or booking
            new Migration(7, "texts sent", s -> s.execute("CREATE CACHED TABLE IF NOT EXISTS sms_sent (day DATE NOT NULL, "
                    + "kind VARCHAR(16) NOT NULL, ref VARCHAR(32) NOT NULL, PRIMARY KEY (day, kind, ref))")),
            // cases2 (issue 18): a case's citizen phone (kept while the hall holds the case) and its call-list mark
            new Migration(8, "case phones and calls", s -> {
                if (!hasColumn(s, "HALL_CASE", "PHONE")) {
                    for (String sql : CaseTable.COLUMNS_8) {
                        s.execute(sql);
                    }
                }
            }),
            // rating (issue 20): why a ticket is green, and its ratings with their matters and reasons
            new Migration(9, "green reasons and rating reasons", s -> {
                if (!hasColumn(s, "TICKET", "GREEN_REASON")) {
                    s.execute("ALTER TABLE ticket ADD COLUMN green_reason VARCHAR(16)");
                }
                if (!hasColumn(s, "TICKET", "RATINGS")) {
                    s.execute("ALTER TABLE ticket ADD COLUMN ratings VARCHAR(" + JsonListColumn.RATINGS.max + ")");
                }
            }),
            // rating (issue 20): the 差评 closed loop's work items
            new Migration(10, "rating work items", s -> {
                s.execute(RatingItemTable.CREATE);
                s.execute("CREATE INDEX IF NOT EXISTS rating_item_day ON rating_item (day)");
                s.execute("CREATE INDEX IF NOT EXISTS rating_item_state ON rating_item (state)");
                // attendance (月度考评): each clerk's login at a window, from its start to its end
                s.execute(SessionTable.CREATE);
                s.execute("CREATE INDEX IF NOT EXISTS clerk_session_from ON clerk_session (from_at)");
            }),
            // rating (issue 20, 一事一评): the matters a visit handled, each rated on its own
            new Migration(11, "a visit's matters", s -> {
                if (!hasColumn(s, "TICKET", "MATTERS")) {
                    s.execute("ALTER TABLE ticket ADD COLUMN matters VARCHAR(" + JsonListColumn.MATTERS.max + ")");
                }
            }));

    /** The version a database opened now ends at. */
    static final int CURRENT = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }

    /** Brings the database to {@link #CURRENT}, each migration its own transaction; returns the version it had. */
    static int migrate(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE MEMORY TABLE IF NOT EXISTS meta (k VARCHAR(32) PRIMARY KEY, v VARCHAR(200) NOT NULL)");
            c.commit();
            int had = version(s);
            if (had > CURRENT) {
                throw new SQLException("the database is of layout " + had + ", newer than this server's " + CURRENT
                        + ": run the newer server");
            }
            for (Migration m : MIGRATIONS) {
                if (m.version() > had) {
                    m.step().run(s);
                    try (PreparedStatement p = c.prepareStatement("MERGE INTO meta USING (VALUES ('schema', "
                            + "CAST(? AS VARCHAR(200)))) AS n(k, v) ON meta.k = n.k WHEN MATCHED THEN UPDATE "
                            + "SET v = n.v WHEN NOT MATCHED THEN INSERT VALUES n.k, n.v")) {
                        p.setString(1, Integer.toString(m.version()));
                        p.executeUpdate();
                    }
                    c.commit();
                    if (had > 0) {
                        log.info("database layout {} → {}: {}", m.version() - 1, m.version(), m.what());
                    }
                }
            }
            return had;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static int version(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT v FROM meta WHERE k = 'schema'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        }
    }

    private static boolean hasColumn(Statement s, String table, String column) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '"
                + table + "' AND COLUMN_NAME = '" + column + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
