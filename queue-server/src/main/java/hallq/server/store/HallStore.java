package hallq.server.store;

import hallq.server.queue.DeskRecord;
import hallq.server.queue.HallEvent;
import hallq.server.queue.PauseRecord;
import hallq.server.queue.RestoredHall;
import hallq.server.queue.TicketRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall on disk: an embedded HSQLDB database under the data directory. One writer connection, used only
 * by the hall thread, commits each batch once with fsync (no write delay); reads for statistics and past
 * tickets use connections of their own (MVCC, so they never block the writer).
 */
public final class HallStore implements HallStorage, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HallStore.class);

    private final DataDirLock lock;
    private final String url;
    private final Properties props;
    private final Connection writer;
    private final PreparedStatement updateTicket;
    private final PreparedStatement insertTicket;
    private final PreparedStatement updateDesk;
    private final PreparedStatement insertDesk;
    private final PreparedStatement insertPause;
    /** Bookings (contract section 9). */
    private final PreparedStatement mergeBooking;
    /** Phone (issue 17). */
    private final PreparedStatement insertPhone;
    private final PreparedStatement deletePhone;
    private final PreparedStatement deletePhonesBefore;
    private final PreparedStatement insertCall;
    private final PreparedStatement insertReplyKeys;
    private final PreparedStatement insertReplies;
    private final PreparedStatement updateSeq;
    private final PreparedStatement updateJournal;
    private final PreparedStatement raiseSeq;
    private final PreparedStatement pruneReplies;
    private final PreparedStatement pruneReplyKeys;
    /** Cases (issue 18). */
    private final PreparedStatement mergeCase;
    /** Rating (issue 20): the 差评 work items; attendance: a login's row begun and ended. */
    private final PreparedStatement mergeRatingItem;
    private final PreparedStatement startSession;
    private final PreparedStatement endSession;
    private final byte[] salt;
    private long nextReplyBatch;
    /** Run before every read of tickets and pauses: with a journal in front, it waits until those rows are in. */
    private volatile ReadBarrier readBarrier = () -> { };

    /** Waits until every acknowledged write can be read. */
    @FunctionalInterface
    interface ReadBarrier {
        void await() throws SQLException;
    }
    private boolean closed;

    private HallStore(DataDirLock lock, String url, Properties props) throws SQLException {
        this.lock = lock;
        this.url = url;
        this.props = props;
        this.writer = DriverManager.getConnection(url, props);
        try (Statement s = writer.createStatement()) {
            s.execute("SET FILES WRITE DELAY FALSE");
            // a short log: after kill -9 the restart replays it, so this bounds the restart (about 1,500 tickets)
            s.execute("SET FILES LOG SIZE 2");
            // HSQLDB's row cache would take 50,000 rows (tens of MB) of a 128 MB server that holds the whole day
            // in its own objects already; reads here are day-by-day scans that gain nothing from a big cache
            s.execute("SET FILES CACHE ROWS 10000");
            s.execute("SET FILES CACHE SIZE 4000");
            s.execute("SET DATABASE TRANSACTION CONTROL MVCC");
        }
        Schema.migrate(writer);
        writer.setAutoCommit(false);
        this.salt = loadOrCreateSalt();
        updateTicket = writer.prepareStatement(TicketTable.UPDATE);
        insertTicket = writer.prepareStatement(TicketTable.INSERT);
        updateDesk = writer.prepareStatement("UPDATE desk SET clerk = ?, ticket_day = ?, ticket_number = ?, "
                + "pause_reason = ?, paused_since = ? WHERE counter = ?");
        insertDesk = writer.prepareStatement("INSERT INTO desk (clerk, ticket_day, ticket_number, pause_reason, "
                + "paused_since, counter) VALUES (?, ?, ?, ?, ?, ?)");
        insertPause = writer.prepareStatement("INSERT INTO pause (counter, from_at, to_at, reason) VALUES (?, ?, ?, ?)");
        insertCall = writer.prepareStatement("INSERT INTO call_event (seq, at_ms, payload) VALUES (?, ?, ?)");
        mergeBooking = writer.prepareStatement(BookingTable.MERGE);
        insertPhone = writer.prepareStatement(TicketPhoneTable.MERGE);
        deletePhone = writer.prepareStatement(TicketPhoneTable.DELETE);
        deletePhonesBefore = writer.prepareStatement(TicketPhoneTable.DELETE_BEFORE);
        insertReplyKeys = writer.prepareStatement("INSERT INTO reply_key (id, at_ms, hashes) VALUES (?, ?, ?)");
        insertReplies = writer.prepareStatement("INSERT INTO reply_body (id, bodies) VALUES (?, ?)");
        updateSeq = writer.prepareStatement("UPDATE meta SET v = ? WHERE k = 'seq'");
        updateJournal = writer.prepareStatement("UPDATE meta SET v = ? WHERE k = 'journal'");
        raiseSeq = writer.prepareStatement("UPDATE meta SET v = ? WHERE k = 'seq' AND CAST(v AS BIGINT) < ?");
        pruneReplies = writer.prepareStatement("DELETE FROM reply_body WHERE id IN "
                + "(SELECT id FROM reply_key WHERE at_ms < ?)");
        pruneReplyKeys = writer.prepareStatement("DELETE FROM reply_key WHERE at_ms < ?");
        mergeCase = writer.prepareStatement(CaseTable.MERGE);
        mergeRatingItem = writer.prepareStatement(RatingItemTable.MERGE);
        startSession = writer.prepareStatement(SessionTable.START);
        endSession = writer.prepareStatement(SessionTable.END);
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM reply_key")) {
            rs.next();
            nextReplyBatch = rs.getLong(1) + 1;
        }
        writer.commit(); // ends the reads above: under MVCC another connection's DDL (a feature's table) waits for them
    }

    /** Opens (or creates) the hall's database in {@code dir}; fails at once if another server holds it. */
    public static HallStore open(Path dir) throws IOException, SQLException {
        DataDirLock lock = DataDirLock.acquire(dir);
        try {
            Properties props = new Properties();
            props.setProperty("user", "SA");
            props.setProperty("password", "");
            // our own file lock guards the directory; HSQLDB's would make a restart after kill -9 wait seconds
            props.setProperty("hsqldb.lock_file", "false");
            props.setProperty("hsqldb.write_delay", "false");
            props.setProperty("hsqldb.tx", "mvcc");
            String url = "jdbc:hsqldb:file:" + dir.toAbsolutePath().resolve("hallq");
            return new HallStore(lock, url, props);
        } catch (SQLException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private byte[] loadOrCreateSalt() throws SQLException {
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM meta WHERE k = 'salt'")) {
            if (rs.next()) {
                return HexFormat.of().parseHex(rs.getString(1));
            }
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try (PreparedStatement p = writer.prepareStatement("INSERT INTO meta (k, v) VALUES ('salt', ?)")) {
            p.setString(1, HexFormat.of().formatHex(fresh));
            p.executeUpdate();
        }
        writer.commit();
        return fresh;
    }

    /** The hall's secret salt for ID number hashes, made once when the database is created. */
    @Override
    public byte[] salt() {
        return salt.clone();
    }

    // ---- the hall thread's batch --------------------------------------------------------------------------

    /**
     * Writes these batches in one transaction and commits it: on return they are on disk. On failure the transaction
     * is rolled back and the exception thrown; the caller then rebuilds its state from {@link #load}.
     */
    @Override
    public long[] commit(List<JournalEntry> batches) throws SQLException {
        long[] numbers = new long[batches.size()];
        List<JournalEntry> numbered = numberReplies(batches, nextReplyBatch, numbers);
        apply(numbered, -1);
        return numbers;
    }

    /** The batches with their reply batch numbers, from {@code next} on, each into {@code numbers} (-1: none). */
    static List<JournalEntry> numberReplies(List<JournalEntry> batches, long next, long[] numbers) {
        List<JournalEntry> numbered = new ArrayList<>(batches.size());
        for (int i = 0; i < batches.size(); i++) {
            JournalEntry e = batches.get(i);
            numbers[i] = e.replies().isEmpty() ? -1 : next++;
            numbered.add(e.withBatch(numbers[i]));
        }
        return numbered;
    }

    /**
     * Writes these batches in order in one transaction and commits it (on disk on return), recording
     * {@code journalRecord} (when not negative) as the last journal record applied, in the same transaction.
     */
    public void apply(List<JournalEntry> entries, long journalRecord) throws SQLException {
        try {
            long seq = -1;
            long lastBatch = -1;
            for (JournalEntry e : entries) {
                try {
                    write(e);
                } catch (RuntimeException bad) {
                    // binding a record's fields does no I/O: what fails there (a field missing) is in the record
                    throw new SQLDataException("a journal entry that makes no rows: "
                            + bad.getClass().getSimpleName() + ": " + ApplyFailure.describe(bad),
                            ApplyFailure.MAKES_NO_ROWS, bad);
                }
                seq = e.seq();
                lastBatch = Math.max(lastBatch, e.batch());
            }
            if (seq >= 0) {
                updateSeq.setString(1, Long.toString(seq));
                updateSeq.executeUpdate();
            }
            if (journalRecord >= 0) {
                updateJournal.setString(1, Long.toString(journalRecord));
                updateJournal.executeUpdate();
            }
            writer.commit();
            nextReplyBatch = Math.max(nextReplyBatch, lastBatch + 1);
        } catch (SQLException | RuntimeException e) {
            try {
                writer.rollback();
            } catch (SQLException re) {
                e.addSuppressed(re);
            }
            throw e instanceof SQLException se ? se : new SQLException("batch not written: " + e.getMessage(), e);
        }
    }

    /**
     * Records {@code journalRecord} as the last journal record the database has dealt with, and raises the stored
     * seq to {@code seq} if it is lower, writing nothing else: for journal records set aside at the end of a group,
     * whose events the terminals have seen.
     */
    public void passOver(long journalRecord, long seq) throws SQLException {
        try {
            if (seq >= 0) {
                raiseSeq.setString(1, Long.toString(seq));
                raiseSeq.setLong(2, seq);
                raiseSeq.executeUpdate();
            }
            updateJournal.setString(1, Long.toString(journalRecord));
            updateJournal.executeUpdate();
            writer.commit();
        } catch (SQLException e) {
            try {
                writer.rollback();
            } catch (SQLException re) {
                e.addSuppressed(re);
            }
            throw e;
        }
    }

    private void write(JournalEntry e) throws SQLException {
        for (TicketRecord t : e.issued()) {
            TicketTable.bindInsert(insertTicket, t);
            insertTicket.executeUpdate();
        }
        for (TicketRecord t : e.changed()) {
            TicketTable.bindUpdate(updateTicket, t);
            if (updateTicket.executeUpdate() != 1) {
                throw new SQLException("ticket " + t.day() + " " + t.number() + " has no row to update",
                        ApplyFailure.NO_ROW);
            }
        }
        for (DeskRecord d : e.desks()) {
            bindDesk(updateDesk, d);
            if (updateDesk.executeUpdate() == 0) {
                bindDesk(insertDesk, d);
                insertDesk.executeUpdate();
            }
        }
        for (PauseRecord p : e.pauses()) {
            insertPause.setString(1, p.counter());
            insertPause.setLong(2, p.from().toEpochMilli());
            insertPause.setLong(3, p.to().toEpochMilli());
            insertPause.setString(4, p.reason());
            insertPause.executeUpdate();
        }
        for (hallq.server.booking.BookingRecord b : e.bookings()) {
            BookingTable.bind(mergeBooking, b);
            mergeBooking.executeUpdate();
        }
        phones(e); // phone (issue 17)
        for (JournalEntry.CallRow c : e.calls()) {
            insertCall.setLong(1, c.seq());
            insertCall.setLong(2, c.atMs());
            insertCall.setString(3, c.payload());
            insertCall.executeUpdate();
        }
        for (hallq.server.cases.CaseRecord c : e.cases()) {
            CaseTable.bind(mergeCase, c);
            mergeCase.executeUpdate();
        }
        for (hallq.server.rating.RectifyRecord r : e.ratingItems()) { // rating (issue 20)
            RatingItemTable.bind(mergeRatingItem, r);
            mergeRatingItem.executeUpdate();
        }
        for (hallq.server.queue.SessionMark m : e.sessions()) { // attendance (issue 20)
            SessionTable.apply(m.start() ? startSession : endSession, m);
        }
        if (!e.replies().isEmpty()) {
            insertReplyKeys.setLong(1, e.batch());
            insertReplyKeys.setLong(2, e.replies().get(e.replies().size() - 1).at().toEpochMilli());
            insertReplyKeys.setBytes(3, ReplyBatch.hashes(e.replies()));
            insertReplyKeys.executeUpdate();
            insertReplies.setLong(1, e.batch());
            insertReplies.setString(2, ReplyBatch.bodies(e.replies()));
            insertReplies.executeUpdate();
        }
        if (e.pruneRepliesBefore() != null) {
            pruneReplies.setLong(1, e.pruneRepliesBefore().toEpochMilli());
            pruneReplies.executeUpdate();
            pruneReplyKeys.setLong(1, e.pruneRepliesBefore().toEpochMilli());
            pruneReplyKeys.executeUpdate();
        }
    }

    /** Phone (issue 17): numbers attached; those of tickets that ended, and of past days, deleted. */
    private void phones(JournalEntry e) throws SQLException {
        for (hallq.server.queue.TicketPhone p : e.phones()) {
            TicketPhoneTable.bind(insertPhone, p);
            insertPhone.executeUpdate();
        }
        for (List<TicketRecord> rows : List.of(e.issued(), e.changed())) {
            for (TicketRecord t : rows) {
                if (TicketPhoneTable.over(t.state())) {
                    deletePhone.setDate(1, Date.valueOf(t.day()));
                    deletePhone.setString(2, t.number());
                    deletePhone.executeUpdate();
                }
            }
        }
        if (e.phonesBefore() != null) {
            deletePhonesBefore.setDate(1, Date.valueOf(e.phonesBefore()));
            deletePhonesBefore.executeUpdate();
        }
    }

    /** The number the next batch with replies is kept under. */
    public long nextReplyBatch() {
        return nextReplyBatch;
    }

    /** The last journal record whose writes are in the database (0: none). */
    public long journalApplied() throws SQLException {
        try (Statement s = writer.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM meta WHERE k = 'journal'")) {
            long v = rs.next() ? Long.parseLong(rs.getString(1)) : 0;
            writer.commit();
            return v;
        }
    }

    private static void bindDesk(PreparedStatement p, DeskRecord d) throws SQLException {
        p.setString(1, d.clerk());
        p.setDate(2, d.ticketDay() == null ? null : Date.valueOf(d.ticketDay()));
        p.setString(3, d.ticketNumber());
        p.setString(4, d.pauseReason());
        SqlTimes.set(p, 5, d.pausedSince());
        p.setString(6, d.counter());
    }

    // ---- loading -----------------------------------------------------------------------------------------

    /** What the hall needs to go on: see {@link RestoredHall}. */
    @Override
    public RestoredHall load(LocalDate today) throws SQLException {
        Map<String, TicketRecord> tickets = new LinkedHashMap<>();
        List<DeskRecord> desks = new ArrayList<>();
        long seq;
        List<HallEvent> calls = new ArrayList<>();
        List<hallq.server.cases.CaseRecord> cases = new ArrayList<>();
        List<hallq.server.booking.BookingRecord> bookings;
        List<hallq.server.queue.TicketPhone> phones;
        List<hallq.server.rating.RectifyRecord> ratingItems = new ArrayList<>();
        try (Connection c = reader()) {
            // rating (issue 20): open work items, and those of the last two months
            try (PreparedStatement p = c.prepareStatement(RatingItemTable.SELECT
                    + " WHERE state NOT IN ('visited', 'upheld') OR day >= ? ORDER BY day, id")) {
                p.setDate(1, Date.valueOf(today.minusDays(hallq.server.rating.Rectification.KEPT_DAYS)));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ratingItems.add(RatingItemTable.read(rs));
                    }
                }
            }
            // cases (issue 18): those still in the hall's hands
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(CaseTable.SELECT
                    + " WHERE state NOT IN ('collected', 'mailed', 'closed') ORDER BY opened_at")) {
                while (rs.next()) {
                    cases.add(CaseTable.read(rs));
                }
            }
            try (PreparedStatement p = c.prepareStatement(TicketPhoneTable.SELECT)) {
                p.setDate(1, Date.valueOf(today));
                phones = TicketPhoneTable.read(p);
            }
            try (PreparedStatement p = c.prepareStatement(BookingTable.SELECT)) {
                p.setDate(1, Date.valueOf(BookingTable.historyFrom(today)));
                bookings = BookingTable.read(p);
            }
            try (PreparedStatement p = c.prepareStatement(TicketTable.SELECT + " WHERE day = ?")) {
                p.setDate(1, Date.valueOf(today));
                readTickets(p, tickets);
            }
            try (PreparedStatement p = c.prepareStatement(TicketTable.SELECT
                    + " WHERE state IN ('waiting', 'transferred') AND day <> ?")) {
                p.setDate(1, Date.valueOf(today));
                readTickets(p, tickets);
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT counter, clerk, ticket_day, ticket_number, pause_reason, "
                         + "paused_since FROM desk")) {
                while (rs.next()) {
                    Date d = rs.getDate(3);
                    desks.add(new DeskRecord(rs.getString(1), rs.getString(2), d == null ? null : d.toLocalDate(),
                            rs.getString(4), rs.getString(5), SqlTimes.get(rs, 6)));
                }
            }
            for (DeskRecord d : desks) {
                if (d.ticketNumber() != null) {
                    try (PreparedStatement p = c.prepareStatement(TicketTable.SELECT
                            + " WHERE day = ? AND number = ?")) {
                        p.setDate(1, Date.valueOf(d.ticketDay()));
                        p.setString(2, d.ticketNumber());
                        readTickets(p, tickets);
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM meta WHERE k = 'seq'")) {
                rs.next();
                seq = Long.parseLong(rs.getString(1));
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT seq, at_ms, payload FROM call_event ORDER BY seq DESC LIMIT 10")) {
                while (rs.next()) {
                    calls.add(new JournalEntry.CallRow(rs.getLong(1), rs.getLong(2), rs.getString(3)).event());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SQLException("unreadable stored call: " + e.getMessage(), e);
            }
        }
        return new RestoredHall(List.copyOf(tickets.values()), desks, seq, calls, bookings, cases, phones,
                ratingItems);
    }

    @Override
    public List<KeptBatch> keptSince(Instant since) throws SQLException {
        List<KeptBatch> kept = new ArrayList<>();
        try (Connection c = reader();
             PreparedStatement p = c.prepareStatement("SELECT id, at_ms, hashes FROM reply_key WHERE at_ms >= ? "
                     + "ORDER BY id")) {
            p.setLong(1, since.toEpochMilli());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    kept.add(new KeptBatch(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                            ReplyBatch.hashes(rs.getBytes(3))));
                }
            }
        }
        return kept;
    }

    @Override
    public String reply(long batch, String device, String requestId) throws SQLException {
        // a connection of its own: with a journal in front, the writer connection belongs to the applier thread
        try (Connection c = reader(); PreparedStatement p = c.prepareStatement("SELECT bodies FROM reply_body WHERE id = ?")) {
            p.setLong(1, batch);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? ReplyBatch.find(rs.getString(1), device, requestId) : null;
            }
        } catch (IOException e) {
            throw new SQLException("unreadable kept replies in batch " + batch + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every ticket issued from {@code from} to {@code to}, both days included, read a day at a time: HSQLDB holds a
     * whole result in memory, and a month of a busy hall in one result would not fit a small server's heap.
     */
    public List<TicketRecord> tickets(LocalDate from, LocalDate to) throws SQLException {
        readBarrier.await();
        Map<String, TicketRecord> tickets = new LinkedHashMap<>();
        try (Connection c = reader();
             PreparedStatement p = c.prepareStatement(TicketTable.SELECT
                     + " WHERE day = ? ORDER BY issued_at, number")) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                p.setDate(1, Date.valueOf(day));
                readTickets(p, tickets);
            }
        }
        return List.copyOf(tickets.values());
    }

    /** Bookings (contract section 9) of the days from {@code from} to {@code to}, for statistics. */
    public List<hallq.server.booking.BookingRecord> bookings(LocalDate from, LocalDate to) throws SQLException {
        readBarrier.await();
        try (Connection c = reader(); PreparedStatement p = c.prepareStatement(BookingTable.SELECT_PERIOD)) {
            p.setDate(1, Date.valueOf(from));
            p.setDate(2, Date.valueOf(to));
            return BookingTable.read(p);
        }
    }

    public Optional<TicketRecord> ticket(LocalDate day, String number) throws SQLException {
        readBarrier.await();
        Map<String, TicketRecord> tickets = new LinkedHashMap<>();
        try (Connection c = reader();
             PreparedStatement p = c.prepareStatement(TicketTable.SELECT
                     + " WHERE day = ? AND number = ?")) {
            p.setDate(1, Date.valueOf(day));
            p.setString(2, number);
            readTickets(p, tickets);
        }
        return tickets.values().stream().findFirst();
    }

    /** Pauses that overlap {@code [from, to)}. */
    public List<PauseRecord> pauses(Instant from, Instant to) throws SQLException {
        readBarrier.await();
        List<PauseRecord> result = new ArrayList<>();
        try (Connection c = reader();
             PreparedStatement p = c.prepareStatement("SELECT counter, from_at, to_at, reason FROM pause "
                     + "WHERE from_at < ? AND to_at > ? ORDER BY from_at")) {
            p.setLong(1, to.toEpochMilli());
            p.setLong(2, from.toEpochMilli());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    result.add(new PauseRecord(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                            Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4)));
                }
            }
        }
        return result;
    }

    void readBarrier(ReadBarrier barrier) {
        this.readBarrier = barrier;
    }

    /** A new read-write connection of the caller's own, for a feature's own tables (it commits for itself). */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, props);
    }

    private Connection reader() throws SQLException {
        Connection c = DriverManager.getConnection(url, props);
        c.setReadOnly(true);
        return c;
    }

    /** Reads the rows into {@code into}; returns the last row read, or null. */
    private static TicketRecord readTickets(PreparedStatement p, Map<String, TicketRecord> into) throws SQLException {
        Map<Long, LocalDate> days = new java.util.HashMap<>();
        TicketRecord last = null;
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                last = TicketTable.read(rs, days);
                into.putIfAbsent(last.day() + "/" + last.number(), last);
            }
        }
        return last;
    }

    /** Closes the database cleanly (a checkpoint, so the next start replays no log) and releases the directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Statement s = writer.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            log.warn("database shutdown: {}", e.getMessage());
        }
        try {
            lock.close();
        } catch (IOException e) {
            log.warn("data directory lock: {}", e.getMessage());
        }
    }

    // ---- cases (issue 18) ----------------------------------------------------------------------------------

    /**
     * Cases opened from {@code from} to {@code to} (days, inclusive; either null: open-ended), of {@code state} when
     * given, oldest due first; after every acknowledged write is in.
     */
    public List<hallq.server.cases.CaseRecord> cases(LocalDate from, LocalDate to, String state) throws SQLException {
        readBarrier.await();
        List<hallq.server.cases.CaseRecord> out = new ArrayList<>();
        StringBuilder sql = new StringBuilder(CaseTable.SELECT + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" AND day >= ?");
            args.add(Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" AND day <= ?");
            args.add(Date.valueOf(to));
        }
        if (state != null) {
            sql.append(" AND state = ?");
            args.add(state);
        }
        sql.append(" ORDER BY due_date NULLS LAST, opened_at");
        try (Connection c = reader(); PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(CaseTable.read(rs));
                }
            }
        }
        return out;
    }

    /** The case {@code id}, whatever its state; after every acknowledged write is in. */
    public Optional<hallq.server.cases.CaseRecord> caseById(String id) throws SQLException {
        readBarrier.await();
        try (Connection c = reader(); PreparedStatement p = c.prepareStatement(CaseTable.SELECT + " WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(CaseTable.read(rs)) : Optional.empty();
            }
        }
    }

    // ---- rating (issue 20) ---------------------------------------------------------------------------------

    /** The 差评 work items of ratings given from {@code from} to {@code to}; after every acknowledged write is in. */
    public List<hallq.server.rating.RectifyRecord> ratingItems(LocalDate from, LocalDate to) throws SQLException {
        readBarrier.await();
        List<hallq.server.rating.RectifyRecord> out = new ArrayList<>();
        try (Connection c = reader(); PreparedStatement p = c.prepareStatement(RatingItemTable.SELECT
                + " WHERE day >= ? AND day <= ? ORDER BY day, id")) {
            p.setDate(1, Date.valueOf(from));
            p.setDate(2, Date.valueOf(to));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(RatingItemTable.read(rs));
                }
            }
        }
        return out;
    }

    /** Attendance (issue 20): the logins that ended within or overlap {@code [from, to)}; open ones are left out. */
    public List<SessionTable.Session> sessions(Instant from, Instant to) throws SQLException {
        return sessions(from, to, null);
    }

    /**
     * As above, with the logins still open counted up to {@code now} (the present moment); null leaves them out.
     */
    public List<SessionTable.Session> sessions(Instant from, Instant to, Instant now) throws SQLException {
        readBarrier.await();
        try (Connection c = reader(); PreparedStatement p = c.prepareStatement(SessionTable.SELECT)) {
            p.setLong(1, to.toEpochMilli());
            // an open login's end is taken as the present; without one, as the start of the range (left out)
            p.setLong(2, (now == null ? from : now).toEpochMilli());
            p.setLong(3, from.toEpochMilli());
            return SessionTable.read(p, now == null ? from : now);
        }
    }
}
