package hallq.server.engine;

import hallq.server.queue.DeskRecord;
import hallq.server.queue.HallEvent;
import hallq.server.queue.RestoredHall;
import hallq.server.queue.TicketRecord;
import hallq.server.store.HallStorage;
import hallq.server.store.JournalEntry;
import hallq.server.store.KeptBatch;
import hallq.server.store.StoredReply;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Storage in memory that can be told to fail, like a full disk; what it "committed" is what load gives back. */
final class MemoryStorage implements HallStorage {
    final Map<String, TicketRecord> tickets = new LinkedHashMap<>();
    final Map<String, DeskRecord> desks = new LinkedHashMap<>();
    final List<HallEvent> calls = new ArrayList<>();
    /** Bookings (contract section 9) by code. */
    final Map<String, hallq.server.booking.BookingRecord> bookings = new LinkedHashMap<>();
    /** Kept replies by batch number, as HallStore keeps them. */
    final Map<Long, List<StoredReply>> replies = new LinkedHashMap<>();
    long seq;
    volatile boolean full;
    int commits;
    /** When set, a commit waits for it to open (a slow disk), having released {@link #entered} first. */
    volatile CountDownLatch hold;
    final Semaphore entered = new Semaphore(0);

    /** Whoever listens for records set aside: a test plays the journal's applier with it. */
    volatile java.util.function.Consumer<hallq.server.store.SetAside> setAsideListener;

    @Override
    public void onSetAside(java.util.function.Consumer<hallq.server.store.SetAside> listener) {
        setAsideListener = listener;
    }

    @Override
    public byte[] salt() {
        return new byte[] {9, 9, 9};
    }

    @Override
    public synchronized RestoredHall load(LocalDate today) {
        List<HallEvent> recent = new ArrayList<>(calls);
        java.util.Collections.reverse(recent);
        return new RestoredHall(List.copyOf(tickets.values()), List.copyOf(desks.values()), seq,
                recent.subList(0, Math.min(10, recent.size())), List.copyOf(bookings.values()), List.of(), List.of());
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
    public long[] commit(List<JournalEntry> batches) throws SQLException {
        CountDownLatch h = hold;
        if (h != null) {
            entered.release();
            try {
                if (!h.await(10, TimeUnit.SECONDS)) {
                    throw new SQLException("the test never let the disk go on");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException(e);
            }
        }
        return write(batches);
    }

    private synchronized long[] write(List<JournalEntry> batches) throws SQLException {
        if (full) {
            throw new SQLException("No space left on device");
        }
        commits++;
        long[] numbers = new long[batches.size()];
        for (int i = 0; i < numbers.length; i++) {
            JournalEntry e = batches.get(i);
            e.issued().forEach(t -> tickets.put(t.day() + "/" + t.number(), t));
            e.changed().forEach(t -> tickets.put(t.day() + "/" + t.number(), t));
            e.desks().forEach(d -> desks.put(d.counter(), d));
            e.bookings().forEach(b -> bookings.put(b.code(), b));
            for (JournalEntry.CallRow c : e.calls()) {
                try {
                    calls.add(c.event());
                } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                    throw new SQLException(ex);
                }
            }
            numbers[i] = e.replies().isEmpty() ? -1 : replies.size() + 1;
            if (numbers[i] > 0) {
                replies.put(numbers[i], List.copyOf(e.replies()));
            }
            seq = e.seq();
        }
        return numbers;
    }
}
