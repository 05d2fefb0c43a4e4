package hallq.server.store;

import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import hallq.server.queue.QueueClass;
import hallq.server.queue.TicketRecord;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The ticket table: its columns in one list, from which its CREATE, INSERT, UPDATE and SELECT are made; each column
 * binds itself from a {@link TicketRecord}, and a row is read back by the columns' places in the list. A new column
 * is one line here, one component of the record, and a migration ({@link Schema}) for databases made before it.
 */
final class TicketTable {
    @FunctionalInterface
    interface Bind {
        void to(PreparedStatement p, int i, TicketRecord t) throws SQLException;
    }

    record Column(String name, String type, Bind bind) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("day", "DATE NOT NULL", (p, i, t) -> p.setDate(i, Date.valueOf(t.day()))),
            new Column("number", "VARCHAR(16) NOT NULL", (p, i, t) -> p.setString(i, t.number())),
            new Column("prefix", "VARCHAR(8) NOT NULL", (p, i, t) -> p.setString(i, t.prefix())),
            new Column("serial", "INT NOT NULL", (p, i, t) -> p.setInt(i, t.serial())),
            new Column("issue_zone", "VARCHAR(64) NOT NULL", (p, i, t) -> p.setString(i, t.issueZone())),
            new Column("zone", "VARCHAR(64) NOT NULL", (p, i, t) -> p.setString(i, t.zone())),
            new Column("green", "BOOLEAN NOT NULL", (p, i, t) -> p.setBoolean(i, t.green())),
            new Column("state", "VARCHAR(16) NOT NULL", (p, i, t) -> p.setString(i, t.state().wire())),
            new Column("qclass", "VARCHAR(10)",
                    (p, i, t) -> p.setString(i, t.queueClass() == null ? null : t.queueClass().name())),
            new Column("qkey", "BIGINT NOT NULL", (p, i, t) -> p.setLong(i, t.queueKey())),
            new Column("issued_at", "BIGINT NOT NULL", (p, i, t) -> p.setLong(i, t.issuedAt().toEpochMilli())),
            new Column("called_at", "BIGINT", (p, i, t) -> SqlTimes.set(p, i, t.calledAt())),
            new Column("last_called_at", "BIGINT", (p, i, t) -> SqlTimes.set(p, i, t.lastCalledAt())),
            new Column("started_at", "BIGINT", (p, i, t) -> SqlTimes.set(p, i, t.startedAt())),
            new Column("finished_at", "BIGINT", (p, i, t) -> SqlTimes.set(p, i, t.finishedAt())),
            new Column("counter", "VARCHAR(64)", (p, i, t) -> p.setString(i, t.counter())),
            new Column("clerk", "VARCHAR(64)", (p, i, t) -> p.setString(i, t.clerk())),
            new Column("outcome", "VARCHAR(16)",
                    (p, i, t) -> p.setString(i, t.outcome() == null ? null : t.outcome().wire())),
            new Column("due_date", "DATE",
                    (p, i, t) -> p.setDate(i, t.dueDate() == null ? null : Date.valueOf(t.dueDate()))),
            new Column("rating", "INT", (p, i, t) -> {
                if (t.rating() == null) {
                    p.setNull(i, Types.INTEGER);
                } else {
                    p.setInt(i, t.rating());
                }
            }),
            new Column("rated_at", "BIGINT", (p, i, t) -> SqlTimes.set(p, i, t.ratedAt())),
            new Column("recalls", "INT NOT NULL", (p, i, t) -> p.setInt(i, t.recalls())),
            new Column("transfers", "INT NOT NULL", (p, i, t) -> p.setInt(i, t.transfers())),
            new Column("requeues", "INT NOT NULL", (p, i, t) -> p.setInt(i, t.requeues())),
            new Column("id_hash", "VARCHAR(64)", (p, i, t) -> p.setString(i, t.idHash())),
            new Column("kiosk", "VARCHAR(64)", (p, i, t) -> p.setString(i, t.kiosk())),
            new Column("ticket_key", "VARCHAR(32)", (p, i, t) -> p.setString(i, t.key())),
            // bookings (contract section 9), migration 4
            new Column("booking", "VARCHAR(16)", (p, i, t) -> p.setString(i, t.booking())),
            // cases (issue 18), migration 5
            new Column("case_ref", "VARCHAR(64)", (p, i, t) -> p.setString(i, t.caseId())),
            // rating (issue 20), migration 9: why it is green; its ratings (matter, level, reasons, at) as JSON
            new Column("green_reason", "VARCHAR(16)",
                    (p, i, t) -> p.setString(i, t.greenReason() == null ? null : t.greenReason().wire())),
            new Column("ratings", "VARCHAR(" + JsonListColumn.RATINGS.max + ")",
                    (p, i, t) -> p.setString(i, JsonListColumn.RATINGS.write(t.ratings()))),
            // rating (issue 20, 一事一评), migration 11: the matters handled in the visit, as a JSON array
            new Column("matters", "VARCHAR(" + JsonListColumn.MATTERS.max + ")",
                    (p, i, t) -> p.setString(i, JsonListColumn.MATTERS.write(t.matters()))));

    /** The primary key, (day, number): the first two columns. */
    private static final int KEY_COLUMNS = 2;

    static final String NAMES = COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));

    static final String CREATE = "CREATE CACHED TABLE IF NOT EXISTS ticket ("
            + COLUMNS.stream().map(c -> c.name() + " " + c.type()).collect(Collectors.joining(", "))
            + ", PRIMARY KEY (day, number))";

    static final String INSERT = "INSERT INTO ticket (" + NAMES + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?")) + ")";

    static final String UPDATE = "UPDATE ticket SET " + COLUMNS.stream().skip(KEY_COLUMNS)
            .map(c -> c.name() + " = ?").collect(Collectors.joining(", ")) + " WHERE day = ? AND number = ?";

    /** {@code SELECT <every column> FROM ticket}, for a WHERE to follow. */
    static final String SELECT = "SELECT " + NAMES + " FROM ticket";

    private TicketTable() {
    }

    /** Binds every column of {@link #INSERT}. */
    static void bindInsert(PreparedStatement p, TicketRecord t) throws SQLException {
        for (int i = 0; i < COLUMNS.size(); i++) {
            COLUMNS.get(i).bind().to(p, i + 1, t);
        }
    }

    /** Binds {@link #UPDATE}: the columns after the key, then the key in its WHERE. */
    static void bindUpdate(PreparedStatement p, TicketRecord t) throws SQLException {
        int n = COLUMNS.size() - KEY_COLUMNS;
        for (int i = 0; i < n; i++) {
            COLUMNS.get(KEY_COLUMNS + i).bind().to(p, i + 1, t);
        }
        for (int k = 0; k < KEY_COLUMNS; k++) {
            COLUMNS.get(k).bind().to(p, n + 1 + k, t);
        }
    }

    private static final Map<String, Integer> PLACE = IntStream.range(0, COLUMNS.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(i -> COLUMNS.get(i).name(), i -> i + 1));

    /** A column's place in {@link #SELECT}'s rows (from 1, as JDBC counts). */
    private static int at(String column) {
        Integer i = PLACE.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return i;
    }

    // the places, found once: a start reads a hundred thousand rows
    private static final int DAY = at("day");
    private static final int NUMBER = at("number");
    private static final int PREFIX = at("prefix");
    private static final int SERIAL = at("serial");
    private static final int ISSUE_ZONE = at("issue_zone");
    private static final int ZONE = at("zone");
    private static final int GREEN = at("green");
    private static final int STATE = at("state");
    private static final int QCLASS = at("qclass");
    private static final int QKEY = at("qkey");
    private static final int ISSUED_AT = at("issued_at");
    private static final int CALLED_AT = at("called_at");
    private static final int LAST_CALLED_AT = at("last_called_at");
    private static final int STARTED_AT = at("started_at");
    private static final int FINISHED_AT = at("finished_at");
    private static final int COUNTER = at("counter");
    private static final int CLERK = at("clerk");
    private static final int OUTCOME = at("outcome");
    private static final int DUE_DATE = at("due_date");
    private static final int RATING = at("rating");
    private static final int RATED_AT = at("rated_at");
    private static final int RECALLS = at("recalls");
    private static final int TRANSFERS = at("transfers");
    private static final int REQUEUES = at("requeues");
    private static final int ID_HASH = at("id_hash");
    private static final int KIOSK = at("kiosk");
    private static final int TICKET_KEY = at("ticket_key");
    private static final int BOOKING = at("booking");
    private static final int CASE_REF = at("case_ref");
    private static final int GREEN_REASON = at("green_reason");
    private static final int RATINGS = at("ratings");
    private static final int MATTERS = at("matters");

    /**
     * One row of {@link #SELECT} as a record. Names of zones, windows, clerks and kiosks are interned and days shared:
     * a hall that restarts with a hundred thousand tickets should not hold a hundred thousand copies of "legal".
     */
    static TicketRecord read(ResultSet rs, Map<Long, LocalDate> days) throws SQLException {
        String qclass = rs.getString(QCLASS);
        String outcome = rs.getString(OUTCOME);
        Date due = rs.getDate(DUE_DATE);
        int rating = rs.getInt(RATING);
        Integer ratingOrNull = rs.wasNull() ? null : rating;
        String greenReason = rs.getString(GREEN_REASON);
        LocalDate day = days.computeIfAbsent(rs.getDate(DAY).getTime(), ms -> new Date(ms).toLocalDate());
        return new TicketRecord(day, rs.getString(NUMBER), intern(rs.getString(PREFIX)), rs.getInt(SERIAL),
                intern(rs.getString(ISSUE_ZONE)), intern(rs.getString(ZONE)), rs.getBoolean(GREEN),
                TicketState.fromWire(rs.getString(STATE)), qclass == null ? null : QueueClass.valueOf(qclass),
                rs.getLong(QKEY), SqlTimes.get(rs, ISSUED_AT), SqlTimes.get(rs, CALLED_AT), SqlTimes.get(rs, LAST_CALLED_AT),
                SqlTimes.get(rs, STARTED_AT), SqlTimes.get(rs, FINISHED_AT), intern(rs.getString(COUNTER)),
                intern(rs.getString(CLERK)), outcome == null ? null : Outcome.fromWire(outcome),
                due == null ? null : due.toLocalDate(), ratingOrNull, SqlTimes.get(rs, RATED_AT), rs.getInt(RECALLS),
                rs.getInt(TRANSFERS), rs.getInt(REQUEUES), rs.getString(ID_HASH), intern(rs.getString(KIOSK)),
                rs.getString(TICKET_KEY), rs.getString(BOOKING), rs.getString(CASE_REF),
                greenReason == null ? null : hallq.protocol.GreenReason.fromWire(greenReason),
                JsonListColumn.RATINGS.read(rs.getString(RATINGS)), JsonListColumn.MATTERS.read(rs.getString(MATTERS)));
    }

    private static String intern(String s) {
        return s == null ? null : s.intern();
    }
}
