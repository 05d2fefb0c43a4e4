package hallq.server.store;

import hallq.server.queue.Effects;
import hallq.server.queue.RestoredHall;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the hall thread needs of the disk: load the hall, write a batch durably. */
public interface HallStorage {
    byte[] salt();

    RestoredHall load(LocalDate today) throws SQLException;

    /** The batches of replies kept since {@code since}, oldest first, to index them again after a start. */
    List<KeptBatch> keptSince(Instant since) throws SQLException;

    /** The reply kept in batch {@code batch} for a device's request id, or null. Called on the hall thread. */
    String reply(long batch, String device, String requestId) throws SQLException;

    /**
     * Writes one batch; on return it is on disk, on an exception nothing of it is. Returns the number its replies
     * are kept under (for {@link #reply}), or -1 when it had none.
     */
    long commit(Effects effects, List<StoredReply> replies, long seq, Instant pruneRepliesBefore) throws SQLException;
}
