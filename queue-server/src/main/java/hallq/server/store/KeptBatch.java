package hallq.server.store;

import java.time.Instant;

/** One batch's kept replies as the hall thread indexes them: its number, when it was made, its key hashes. */
public record KeptBatch(long id, Instant at, long[] keyHashes) {
}
