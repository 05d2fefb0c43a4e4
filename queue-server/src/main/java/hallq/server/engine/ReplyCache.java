package hallq.server.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which (device, request id) pairs have a kept reply, and in which stored batch, so that a retried request is
 * answered again instead of acted on twice. Only the key's 64-bit hash, the batch number and the time are held
 * here, in the order they were made; the replies themselves stay on disk, where a hit (a retry, which is rare)
 * reads them. Used on the hall thread only.
 */
final class ReplyCache {
    private record Kept(long batch, long atMs) {
    }

    private final Duration keep;
    private final Map<Long, Kept> kept = new LinkedHashMap<>();

    ReplyCache(Duration keep) {
        this.keep = keep;
    }

    /** The batch a reply with this key hash may be kept in, or -1. */
    long batchOf(long hash) {
        Kept k = kept.get(hash);
        return k == null ? -1 : k.batch();
    }

    void add(long hash, long batch, Instant at) {
        kept.remove(hash); // keep insertion order = age order
        kept.put(hash, new Kept(batch, at.toEpochMilli()));
    }

    void prune(Instant now) {
        long cutoff = now.minus(keep).toEpochMilli();
        Iterator<Kept> it = kept.values().iterator();
        while (it.hasNext() && it.next().atMs() < cutoff) {
            it.remove();
        }
    }
}
