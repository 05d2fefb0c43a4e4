package hallq.server.engine;

import com.carrotsearch.hppc.LongArrayDeque;
import com.carrotsearch.hppc.LongLongHashMap;
import java.time.Duration;
import java.time.Instant;

/**
 * Which (device, request id) pairs have a kept reply, and in which stored batch, so that a retried request is
 * answered again instead of acted on twice. Only the key's 64-bit hash, the batch number and the time are held
 * here, in the order they were made; the replies themselves stay on disk, where a hit (a retry, which is rare)
 * reads them. A busy hall keeps hundreds of thousands of keys for the 15 minutes, so they are primitive longs:
 * about 45 bytes a key instead of 100 as boxed map entries. Used on the hall thread only.
 */
final class ReplyCache {
    private final Duration keep;
    private final LongLongHashMap batchOf = new LongLongHashMap();
    /** Every key added, oldest first, with its batch and time: what {@link #prune} walks. */
    private final LongArrayDeque hashes = new LongArrayDeque();
    private final LongArrayDeque batches = new LongArrayDeque();
    private final LongArrayDeque times = new LongArrayDeque();

    ReplyCache(Duration keep) {
        this.keep = keep;
    }

    /** The batch a reply with this key hash may be kept in, or -1. */
    long batchOf(long hash) {
        return batchOf.getOrDefault(hash, -1);
    }

    void add(long hash, long batch, Instant at) {
        batchOf.put(hash, batch);
        hashes.addLast(hash);
        batches.addLast(batch);
        times.addLast(at.toEpochMilli());
    }

    void prune(Instant now) {
        long cutoff = now.minus(keep).toEpochMilli();
        while (!times.isEmpty() && times.getFirst() < cutoff) {
            times.removeFirst();
            long hash = hashes.removeFirst();
            long batch = batches.removeFirst();
            if (batchOf.getOrDefault(hash, -1) == batch) {
                batchOf.remove(hash); // unless the same key was kept again since, in a later batch
            }
        }
    }

    int size() {
        return batchOf.size();
    }
}
