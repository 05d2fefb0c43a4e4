package hallq.server.engine;

import hallq.server.store.HallStorage;
import hallq.server.store.KeptBatch;
import hallq.server.store.StoredReply;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Idempotency (contract section 4): the reply made for each (device, request id) of an op that changes the hall,
 * kept so that a retried request is answered again and never acted on twice. A reply is looked for first among
 * those made in batches not on disk yet, then through the index of those on disk ({@link ReplyCache}), whose
 * bodies the storage reads. Hall thread only.
 */
final class KeptReplies {
    private record Key(String device, String requestId) {
    }

    private final HallStorage store;
    private final ReplyCache onDisk;
    /** Replies made in batches that are not on disk yet: a retry of one gets it from here. */
    private final Map<Key, String> unwritten = new HashMap<>();

    /** Indexes what the storage keeps of the last {@code keep}. */
    KeptReplies(HallStorage store, Duration keep, Instant now) throws SQLException {
        this.store = store;
        this.onDisk = new ReplyCache(keep);
        for (KeptBatch k : store.keptSince(now.minus(keep))) {
            for (long hash : k.keyHashes()) {
                onDisk.add(hash, k.id(), k.at());
            }
        }
    }

    /**
     * A reply found for a retry; {@code onDisk} false when its batch is still on its way to disk: the retry's answer
     * then stands or falls with that batch (an {@code ok} not yet on disk is no answer to give if the batch fails).
     */
    record Found(String body, boolean onDisk) {
    }

    /** The reply already made for this request, or null. */
    Found find(String device, String requestId) throws SQLException {
        String made = unwritten.get(new Key(device, requestId));
        if (made != null) {
            return new Found(made, false);
        }
        long batch = onDisk.batchOf(StoredReply.keyHash(device, requestId));
        String stored = batch < 0 ? null : store.reply(batch, device, requestId);
        return stored == null ? null : new Found(stored, true);
    }

    /** A reply made in a batch on its way to disk: to store with the batch, and found by a retry meanwhile. */
    StoredReply made(String device, String requestId, Instant at, String body) {
        unwritten.put(new Key(device, requestId), body);
        return new StoredReply(device, requestId, at, body);
    }

    /** These replies are on disk, kept under {@code batch}. */
    void written(List<StoredReply> replies, long batch) {
        for (StoredReply r : replies) {
            onDisk.add(r.keyHash(), batch, r.at());
            unwritten.remove(new Key(r.device(), r.requestId()));
        }
    }

    /** Forgets the index of replies older than {@code at} minus the time they are kept. */
    void prune(Instant at) {
        onDisk.prune(at);
    }

    /** The batches not on disk will never be: a hall rebuilt from disk has none of their replies. */
    void forgetUnwritten() {
        unwritten.clear();
    }
}
