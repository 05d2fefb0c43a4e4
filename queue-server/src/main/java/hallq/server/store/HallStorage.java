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

    /** When the newest kept reply was made, or null when none is kept. */
    Instant newestReply() throws SQLException;

    /** The reply kept for a device's request id, or null. Called on the writer's thread. */
    String reply(String device, String requestId) throws SQLException;

    /** Writes one batch; on return it is on disk, on an exception nothing of it is. */
    void commit(Effects effects, List<StoredReply> replies, long seq, Instant pruneRepliesBefore) throws SQLException;
}
