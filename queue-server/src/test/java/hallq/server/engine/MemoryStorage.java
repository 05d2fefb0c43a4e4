package hallq.server.engine;

import hallq.server.queue.DeskRecord;
import hallq.server.queue.Effects;
import hallq.server.queue.HallEvent;
import hallq.server.queue.RestoredHall;
import hallq.server.queue.TicketRecord;
import hallq.server.store.HallStorage;
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
    final List<StoredReply> replies = new ArrayList<>();
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
    public synchronized Instant newestReply() {
        return replies.stream().map(StoredReply::at).max(Instant::compareTo).orElse(null);
    }

    @Override
    public synchronized String reply(String device, String requestId) {
        for (int i = replies.size() - 1; i >= 0; i--) {
            StoredReply r = replies.get(i);
            if (r.device().equals(device) && r.requestId().equals(requestId)) {
                return r.body();
            }
        }
        return null;
    }

    @Override
    public synchronized void commit(Effects effects, List<StoredReply> newReplies, long newSeq, Instant prune)
            throws SQLException {
        if (full) {
            throw new SQLException("No space left on device");
        }
        commits++;
        effects.ticketRecords().forEach(t -> tickets.put(t.day() + "/" + t.number(), t));
        effects.deskRecords().forEach(d -> desks.put(d.counter(), d));
        effects.events().stream().filter(e -> e.kind().equals(HallEvent.CALLED)).forEach(calls::add);
        replies.addAll(newReplies);
        seq = newSeq;
    }
}
