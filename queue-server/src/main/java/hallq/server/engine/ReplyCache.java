package hallq.server.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replies by (device, request id), in the order they were made, so a retried request is answered again
 * instead of acted on twice. Used on the hall thread only; entries older than {@code keep} are dropped.
 */
final class ReplyCache {
    private record Entry(Instant at, String body) {
    }

    private final Duration keep;
    private final Map<String, Entry> replies = new LinkedHashMap<>();

    ReplyCache(Duration keep) {
        this.keep = keep;
    }

    static String key(String device, String requestId) {
        return device + '\u0000' + requestId;
    }

    String get(String key) {
        Entry e = replies.get(key);
        return e == null ? null : e.body;
    }

    void put(String key, Instant at, String body) {
        replies.remove(key); // keep insertion order = age order
        replies.put(key, new Entry(at, body));
    }

    void remove(String key) {
        replies.remove(key);
    }

    void prune(Instant now) {
        Instant cutoff = now.minus(keep);
        Iterator<Entry> it = replies.values().iterator();
        while (it.hasNext() && it.next().at.isBefore(cutoff)) {
            it.remove();
        }
    }

    int size() {
        return replies.size();
    }
}
