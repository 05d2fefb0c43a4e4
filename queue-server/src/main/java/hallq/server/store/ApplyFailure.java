package hallq.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Why a journal record could not be written to the database, in one place: because of what the record holds (it
 * would fail the same way every time, so it is set aside) or because of the database or the disk (full, failing,
 * closed: worth waiting out, and never a reason to drop an acknowledged change).
 */
final class ApplyFailure {
    /**
     * Our SQLState for a change to a ticket that has no row: SQL's class 02, "no data", which HSQLDB does not raise
     * for an update (an update of no rows just counts 0).
     */
    static final String NO_ROW = "02000";
    /** Our SQLState for a record that does not make rows at all (a field missing): SQL's "data exception". */
    static final String MAKES_NO_ROWS = "22000";

    private ApplyFailure() {
    }

    /**
     * Whether this failure to apply a record is about the record: a data exception (class 22: too long, out of
     * range, ...), an integrity constraint violation (class 23: a duplicate key, a null in a NOT NULL column), a
     * change with {@link #NO_ROW no row} to change, or a payload that is not a journal entry. Anything else (I/O, a
     * full disk, a closed database, a transaction conflict) is not.
     */
    static boolean isAboutTheRecord(Throwable t) {
        if (t instanceof JsonProcessingException) {
            return true; // read from bytes in memory: a parse or mapping failure, never I/O
        }
        if (t instanceof SQLDataException || t instanceof SQLIntegrityConstraintViolationException) {
            return true;
        }
        if (t instanceof SQLException e && e.getSQLState() != null) {
            String state = e.getSQLState();
            return state.startsWith("22") || state.startsWith("23") || state.equals(NO_ROW);
        }
        return false;
    }

    /** The failure as one line of text for a log or a report: its message, or its kind when it has none. */
    static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
