package hallq.server.store;

import hallq.server.queue.Effects;
import hallq.server.queue.RestoredHall;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** What the hall needs of the disk: load the hall, write batches durably. */
public interface HallStorage {
    byte[] salt();

    RestoredHall load(LocalDate today) throws SQLException;

    /** The batches of replies kept since {@code since}, oldest first, to index them again after a start. */
    List<KeptBatch> keptSince(Instant since) throws SQLException;

    /** The reply kept in batch {@code batch} for a device's request id, or null. Called on the hall thread. */
    String reply(long batch, String device, String requestId) throws SQLException;

    /**
     * Writes these batches, in order and all together: on return every one is on disk, on an exception none is.
     * Each batch with replies is given the number they are kept under (for {@link #reply}); returns those numbers,
     * -1 for a batch without replies.
     */
    long[] commit(List<JournalEntry> batches) throws SQLException;

    /**
     * Tells {@code listener} of each change the storage acknowledged but had to set aside, because the database can
     * never hold it (see {@link JournaledStore#onSetAside}): at once of those so far, then as they come, from a
     * thread of the storage's own. A storage that sets nothing aside never calls it.
     */
    default void onSetAside(Consumer<SetAside> listener) {
    }

    /** Writes one batch; see {@link #commit(List)}. Returns the number its replies are kept under, or -1. */
    default long commit(Effects effects, List<StoredReply> replies, long seq, Instant pruneRepliesBefore)
            throws SQLException {
        return commit(List.of(JournalEntry.of(effects, replies, seq, pruneRepliesBefore)))[0];
    }
}
