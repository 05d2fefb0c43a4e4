package hallq.server.notify;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which texts to citizens have gone (issue 17): a row per text in the hall's database, table {@code sms_sent}
 * (migration 7), committed before the text is handed to the gateway, so that a restart never sends one twice (a
 * crash between the two loses that one text instead). A row names the day, the kind and the ticket or booking, never
 * the phone; rows older than the day before yesterday go as new days come. On a connection of its own, used only by
 * the threads that send (never the hall thread or a network thread).
 */
public final class TextMarks implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TextMarks.class);

    /** The kinds of text: "前面还有3人", the call, "your booking is tomorrow". */
    public enum Kind { AHEAD, CALLED, REMINDER }

    /** One text: on {@code day}, of {@code kind}, for ticket or booking {@code ref}. */
    public record Mark(LocalDate day, Kind kind, String ref) {
    }

    private static final String INSERT = "INSERT INTO sms_sent (day, kind, ref) VALUES (?, ?, ?)";
    private static final String PRUNE = "DELETE FROM sms_sent WHERE day < ?";

    private final Connection db;
    private LocalDate prunedFor;

    public TextMarks(Connection db) throws SQLException {
        this.db = db;
        db.setAutoCommit(true);
    }

    /**
     * Marks the text as sent; true when it was not sent before (then send it), false when a mark was there already.
     * A database that cannot be written is logged and answered true: a text sent twice after a database failure is
     * better than none at all.
     */
    public synchronized boolean first(Mark m) {
        prune(m.day());
        try (PreparedStatement p = db.prepareStatement(INSERT)) {
            p.setDate(1, Date.valueOf(m.day()));
            p.setString(2, m.kind().name());
            p.setString(3, m.ref());
            p.executeUpdate();
            return true;
        } catch (java.sql.SQLIntegrityConstraintViolationException e) {
            return false;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false; // the key is there: sent already
            }
            log.error("the mark of a {} text for {} could not be written: {}", m.kind(), m.ref(), e.toString());
            return true;
        }
    }

    private void prune(LocalDate day) {
        if (day.equals(prunedFor)) {
            return;
        }
        try (PreparedStatement p = db.prepareStatement(PRUNE)) {
            p.setDate(1, Date.valueOf(day.minusDays(2))); // a reminder's day is tomorrow: keep yesterday's too
            p.executeUpdate();
            prunedFor = day;
        } catch (SQLException e) {
            log.warn("old text marks not deleted: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            log.warn("text marks: {}", e.toString());
        }
    }
}
