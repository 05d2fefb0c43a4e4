package hallq.server.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which (device, request id) pairs have a kept reply, so that a retried request is answered again instead of
 * acted on twice. Only a 64-bit hash and the time are held here, in the order they were made; the replies
 * themselves stay on disk, where a hit (a retry, which is rare) reads them. Used on the hall thread only.
 */
final class ReplyCache {
    private final Duration keep;
    private final Map<Long, Long> madeAt = new LinkedHashMap<>();

    ReplyCache(Duration keep) {
        this.keep = keep;
    }

    /** FNV-1a over both strings; a collision only costs a disk read that finds nothing. */
    static long hash(String device, String requestId) {
        long h = 0xcbf29ce484222325L;
        for (String s : new String[] {device, "\u0000", requestId}) {
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        return h;
    }

    boolean mightHave(long hash) {
        return madeAt.containsKey(hash);
    }

    void add(long hash, Instant at) {
        madeAt.remove(hash); // keep insertion order = age order
        madeAt.put(hash, at.toEpochMilli());
    }

    void remove(long hash) {
        madeAt.remove(hash);
    }

    void prune(Instant now) {
        long cutoff = now.minus(keep).toEpochMilli();
        Iterator<Long> it = madeAt.values().iterator();
        while (it.hasNext() && it.next() < cutoff) {
            it.remove();
        }
    }
}
