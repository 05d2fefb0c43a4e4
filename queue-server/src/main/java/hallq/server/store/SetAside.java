package hallq.server.store;

import hallq.server.log.LogText;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A journal record the database could not take because of what it holds, set aside instead of applied: its number
 * in the journal, when it was set aside, why (at most 200 characters, control characters escaped), and the file its
 * payload was kept in under the data directory's {@code set-aside/} (a record that cannot be kept is not set
 * aside: it stays in the journal).
 */
public record SetAside(long record, Instant at, String error, Path file) {
    /** One line for a manager (a {@code device} event's message): what was set aside, why, and where it is kept. */
    public String summary() {
        return LogText.of("journal record " + record + " could not be written to the database and was set aside ("
                + "kept in set-aside/" + file.getFileName() + "): " + error);
    }
}
