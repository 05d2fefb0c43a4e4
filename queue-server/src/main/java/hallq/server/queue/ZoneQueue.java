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
 * The waiting lines of one zone: transferred, green-channel, booked and normal (requeued ones among the normal),
 * each ordered by queue key (booked ones by their slot's start first), and the green-burst streak that decides
 * between green and the others. A booked ticket goes before the walk-ins from its slot's start; checked in earlier,
 * it waits among them by its check-in time until then.
 */
final class ZoneQueue {
    private static final Comparator<Ticket> ORDER =
            Comparator.comparingLong((Ticket t) -> t.queueKey).thenComparing(t -> t.number);

    final Zone zone;
    private final int greenBurst;
    private final NavigableSet<Ticket> transfers = new TreeSet<>(ORDER);
    private final NavigableSet<Ticket> greens = new TreeSet<>(ORDER);
    private final NavigableSet<Ticket> normals = new TreeSet<>(ORDER);
    private final NavigableSet<Ticket> booked = new TreeSet<>(
            Comparator.comparingLong((Ticket t) -> t.slotStartMs).thenComparing(ORDER));
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
            case BOOKED -> booked;
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
        return transfers.size() + greens.size() + booked.size() + normals.size();
    }

    /** Green-channel tickets waiting, in any line (a green ticket may be transferred or requeued). */
    int greenWaiting() {
        return greenCount;
    }

    /** Tickets the green channel alternates with: walk-ins and booked ones. */
    private boolean othersWait() {
        return !normals.isEmpty() || !booked.isEmpty();
    }

    boolean greenMayGo() {
        return !greens.isEmpty() && (!othersWait() || greenStreak < greenBurst);
    }

    /**
     * The head of the given line at {@code nowMs}, or null; green only while the burst allows it, booked only from
     * its slot's start, and the normal line's head is the earliest of the walk-ins and the booked ones not due yet.
     */
    Ticket head(QueueClass c, long nowMs) {
        if (c == QueueClass.GREEN && !greenMayGo()) {
            return null;
        }
        if (c == QueueClass.BOOKED) {
            return booked.isEmpty() || booked.first().slotStartMs > nowMs ? null : booked.first();
        }
        NavigableSet<Ticket> line = line(c);
        Ticket head = line.isEmpty() ? null : line.first();
        if (c == QueueClass.NORMAL) {
            // the booked ones not due yet are the tail of their line (it is ordered by slot start)
            for (Ticket b : booked.descendingSet()) {
                if (b.slotStartMs <= nowMs) {
                    break;
                }
                if (head == null || ORDER.compare(b, head) < 0) {
                    head = b;
                }
            }
        }
        return head;
    }

    /** Takes a ticket that is being called, keeping the burst streak. */
    void take(Ticket t) {
        switch (t.queueClass) {
            case GREEN -> greenStreak = othersWait() ? greenStreak + 1 : 0;
            case NORMAL, BOOKED -> greenStreak = 0;
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

    /**
     * Tickets that will be called before {@code t} in this zone (protocol: {@code ahead}); booked tickets are counted
     * as standing before the walk-ins (most are due by the time the walk-ins' turn comes).
     */
    int ahead(Ticket t) {
        int transferCount = transfers.size();
        int others = normals.size() + booked.size();
        return switch (t.queueClass) {
            case TRANSFER -> position(transfers, t);
            case GREEN -> {
                int q = position(greens, t);
                int othersForced = others == 0 ? 0 : Math.min(others, (greenStreak + q) / greenBurst);
                yield transferCount + q + othersForced;
            }
            case BOOKED -> {
                int p = position(booked, t);
                long greensBefore = Math.max(0, greenBurst - greenStreak) + (long) greenBurst * p;
                yield transferCount + p + (int) Math.min(greens.size(), greensBefore);
            }
            case NORMAL -> {
                int p = position(normals, t) + booked.size();
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
        all.addAll(booked);
        all.addAll(normals);
        return all;
    }

    void clear() {
        transfers.clear();
        greens.clear();
        normals.clear();
        booked.clear();
        byIssue.clear();
        greenCount = 0;
        greenStreak = 0;
    }
}
