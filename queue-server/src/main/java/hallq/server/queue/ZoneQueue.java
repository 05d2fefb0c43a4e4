package hallq.server.queue;

import hallq.protocol.hall.Zone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The waiting lines of one zone: transferred, green-channel and normal (requeued ones among the normal),
 * each ordered by queue key, and the green-burst streak that decides between green and normal.
 */
final class ZoneQueue {
    private static final Comparator<Ticket> ORDER =
            Comparator.comparingLong((Ticket t) -> t.queueKey).thenComparing(t -> t.number);

    final Zone zone;
    private final int greenBurst;
    private final NavigableSet<Ticket> transfers = new TreeSet<>(ORDER);
    private final NavigableSet<Ticket> greens = new TreeSet<>(ORDER);
    private final NavigableSet<Ticket> normals = new TreeSet<>(ORDER);
    /** Every waiting ticket by issue time, for the longest wait. */
    private final NavigableSet<Ticket> byIssue = new TreeSet<>(
            Comparator.comparingLong((Ticket t) -> t.issuedAtMs).thenComparing(t -> t.number));
    private int greenCount;
    /** Green calls in a row made while normal tickets waited. */
    int greenStreak;

    ZoneQueue(Zone zone, int greenBurst) {
        this.zone = zone;
        this.greenBurst = greenBurst;
    }

    private NavigableSet<Ticket> line(QueueClass c) {
        return switch (c) {
            case TRANSFER -> transfers;
            case GREEN -> greens;
            case NORMAL -> normals;
        };
    }

    void add(Ticket t) {
        if (line(t.queueClass).add(t)) {
            byIssue.add(t);
            greenCount += t.green ? 1 : 0;
        }
    }

    void remove(Ticket t) {
        if (line(t.queueClass).remove(t)) {
            byIssue.remove(t);
            greenCount -= t.green ? 1 : 0;
        }
    }

    int size() {
        return transfers.size() + greens.size() + normals.size();
    }

    /** Green-channel tickets waiting, in any line (a green ticket may be transferred or requeued). */
    int greenWaiting() {
        return greenCount;
    }

    boolean greenMayGo() {
        return !greens.isEmpty() && (normals.isEmpty() || greenStreak < greenBurst);
    }

    /** The head of the given line, or null; green only while the burst allows it. */
    Ticket head(QueueClass c) {
        if (c == QueueClass.GREEN && !greenMayGo()) {
            return null;
        }
        NavigableSet<Ticket> line = line(c);
        return line.isEmpty() ? null : line.first();
    }

    /** Takes a ticket that is being called, keeping the burst streak. */
    void take(Ticket t) {
        switch (t.queueClass) {
            case GREEN -> greenStreak = normals.isEmpty() ? 0 : greenStreak + 1;
            case NORMAL -> greenStreak = 0;
            case TRANSFER -> { }
        }
        remove(t);
    }

    /**
     * The key that puts a requeued ticket behind {@code gap} normal tickets (or last, when fewer wait);
     * {@code fresh} is the key a ticket issued now would get.
     */
    long requeueKey(int gap, long fresh) {
        if (normals.size() <= gap) {
            return fresh;
        }
        Iterator<Ticket> it = normals.iterator();
        long before = 0;
        for (int i = 0; i < gap; i++) {
            before = it.next().queueKey;
        }
        long after = it.next().queueKey;
        // keys of tickets issued in different microseconds lie 1024 apart, so the midpoint is free
        return gap == 0 ? after - 1 : before + (after - before) / 2;
    }

    /** Tickets that will be called before {@code t} in this zone (protocol: {@code ahead}). */
    int ahead(Ticket t) {
        int transferCount = transfers.size();
        return switch (t.queueClass) {
            case TRANSFER -> position(transfers, t);
            case GREEN -> {
                int q = position(greens, t);
                int normalsForced = normals.isEmpty() ? 0 : Math.min(normals.size(), (greenStreak + q) / greenBurst);
                yield transferCount + q + normalsForced;
            }
            case NORMAL -> {
                int p = position(normals, t);
                long greensBefore = Math.max(0, greenBurst - greenStreak) + (long) greenBurst * p;
                yield transferCount + p + (int) Math.min(greens.size(), greensBefore);
            }
        };
    }

    /** Index of {@code t} in its line; the common case, a ticket just issued, is the last one and costs nothing. */
    private static int position(NavigableSet<Ticket> line, Ticket t) {
        return line.last() == t ? line.size() - 1 : line.headSet(t, false).size();
    }

    int longestWaitSec(Instant now) {
        return byIssue.isEmpty() ? 0
                : (int) Math.max(0, (now.toEpochMilli() - byIssue.first().issuedAtMs) / 1000);
    }

    List<Ticket> all() {
        List<Ticket> all = new ArrayList<>(transfers);
        all.addAll(greens);
        all.addAll(normals);
        return all;
    }

    void clear() {
        transfers.clear();
        greens.clear();
        normals.clear();
        byIssue.clear();
        greenCount = 0;
        greenStreak = 0;
    }
}
