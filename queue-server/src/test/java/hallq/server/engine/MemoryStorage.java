package hallq.server.engine;

import hallq.server.queue.DeskRecord;
import hallq.server.queue.Effects;
import hallq.server.queue.HallEvent;
import hallq.server.queue.RestoredHall;
import hallq.server.queue.TicketRecord;
import hallq.server.store.HallStorage;
import hallq.server.store.KeptBatch;
import hallq.server.store.StoredReply;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Storage in memory that can be told to fail, like a full disk; what it "committed" is what load gives back. */
final class MemoryStorage implements HallStorage {
    final Map<String, TicketRecord> tickets = new LinkedHashMap<>();
    final Map<String, DeskRecord> desks = new LinkedHashMap<>();
    final List<HallEvent> calls = new ArrayList<>();
    /** Kept replies by batch number, as HallStore keeps them. */
    final Map<Long, List<StoredReply>> replies = new LinkedHashMap<>();
    long seq;
    volatile boolean full;
    int commits;

    @Override
    public byte[] salt() {
        return new byte[] {9, 9, 9};
    }

    @Override
    public synchronized RestoredHall load(LocalDate today) {
        List<HallEvent> recent = new ArrayList<>(calls);
        java.util.Collections.reverse(recent);
        return new RestoredHall(List.copyOf(tickets.values()), List.copyOf(desks.values()), seq,
                recent.subList(0, Math.min(10, recent.size())));
    }

    @Override
    public synchronized List<KeptBatch> keptSince(Instant since) {
        List<KeptBatch> kept = new ArrayList<>();
        replies.forEach((batch, rs) -> {
            Instant at = rs.get(rs.size() - 1).at();
            if (!at.isBefore(since)) {
                kept.add(new KeptBatch(batch, at, rs.stream().mapToLong(StoredReply::keyHash).toArray()));
            }
        });
        return kept;
    }

    @Override
    public synchronized String reply(long batch, String device, String requestId) {
        String found = null;
        for (StoredReply r : replies.getOrDefault(batch, List.of())) {
            if (r.device().equals(device) && r.requestId().equals(requestId)) {
                found = r.body();
            }
        }
        return found;
    }

    @Override
    public synchronized long commit(Effects effects, List<StoredReply> newReplies, long newSeq, Instant prune)
            throws SQLException {
        if (full) {
            throw new SQLException("No space left on device");
        }
        commits++;
        effects.ticketRecords().forEach(t -> tickets.put(t.day() + "/" + t.number(), t));
        effects.deskRecords().forEach(d -> desks.put(d.counter(), d));
        effects.events().stream().filter(e -> e.kind().equals(HallEvent.CALLED)).forEach(calls::add);
        long batch = newReplies.isEmpty() ? -1 : replies.size() + 1;
        if (batch > 0) {
            replies.put(batch, List.copyOf(newReplies));
        }
        seq = newSeq;
        return batch;
    }
}
