package hallq.server.store;

import hallq.server.log.LogText;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal records set aside since the store opened, and who is told of them: each one is kept on disk
 * ({@link SetAsideFiles}), logged once at ERROR, and handed to every listener.
 */
final class SetAsides {
    private static final Logger log = LoggerFactory.getLogger(SetAsides.class);
    /** The newest this many are listed; a hall setting aside more has a bug to fix, not a list to read. */
    static final int LISTED = 1000;

    private final SetAsideFiles files;
    private final Clock clock;
    private final Deque<SetAside> listed = new ArrayDeque<>();
    private final List<Consumer<SetAside>> listeners = new ArrayList<>();

    SetAsides(SetAsideFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /**
     * Sets record {@code record} aside for {@code why}; its listeners are told on this thread. A record that cannot be
     * kept on disk (too many kept already, the disk nearly full) is not set aside: that is thrown as a failure that
     * is not about the record, so the record stays in the journal and is tried again, never dropped unkept.
     */
    synchronized SetAside add(long record, byte[] payload, Throwable why) throws SQLException {
        Instant at = clock.instant();
        String error = ApplyFailure.describe(why);
        Path file;
        try {
            file = files.keep(record, payload, at, error);
        } catch (SetAsideFiles.NotKept e) {
            log.error("journal: record {} cannot be written to the database ({}), nor kept in set-aside/ ({}): it "
                    + "stays in the journal and is tried again", record, LogText.of(error), LogText.of(e.getMessage()));
            throw new SQLException("record " + record + " could not be set aside: " + e.getMessage(), e);
        }
        log.error("journal: record {} cannot be written to the database and is set aside, kept in set-aside/{}: {}",
                record, file.getFileName(), LogText.of(error));
        SetAside s = new SetAside(record, at, LogText.of(error), file);
        if (listed.size() == LISTED) {
            listed.removeFirst();
        }
        listed.addLast(s);
        for (Consumer<SetAside> l : listeners) {
            tell(l, s);
        }
        return s;
    }

    /** The records set aside since the store opened, oldest first (the newest {@link #LISTED}). */
    synchronized List<SetAside> list() {
        return List.copyOf(listed);
    }

    /** Tells {@code listener} of every record set aside so far, at once on this thread, and of every later one. */
    synchronized void listen(Consumer<SetAside> listener) {
        listeners.add(listener);
        for (SetAside s : listed) {
            tell(listener, s);
        }
    }

    private static void tell(Consumer<SetAside> listener, SetAside s) {
        try {
            listener.accept(s);
        } catch (RuntimeException e) {
            log.warn("journal: a listener for records set aside failed: {}", LogText.of(ApplyFailure.describe(e)));
        }
    }
}
