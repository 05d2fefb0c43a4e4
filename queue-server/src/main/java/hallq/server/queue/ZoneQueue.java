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

    /** The next ticket of a zone and the step of the calling order it is taken in (a booked one not due: NORMAL). */
    record Next(Ticket ticket, QueueClass step) {
    }

    /** What a window would take from this zone at {@code nowMs}, or null when nobody waits. */
    Next next(long nowMs) {
        Order o = new Order(nowMs);
        return o.hasNext() ? new Next(o.next(), o.step) : null;
    }

    /**
     * The zone's calling order at {@code nowMs} if nothing else happened: the one place the order is decided, which
     * {@link #next} (so callNext) takes the head of and {@link #ahead} counts along. Transferred first; then green
     * while the burst allows (a green call while others wait adds to the streak, any other call ends it); then
     * booked ones whose slot has started, by slot start; then the walk-ins and the booked ones not due yet, together
     * by queue key (check-in time).
     */
    private final class Order implements Iterator<Ticket> {
        private final Iterator<Ticket> transferLine = transfers.iterator();
        private final Iterator<Ticket> greenLine = greens.iterator();
        private final Iterator<Ticket> dueLine;
        private final Iterator<Ticket> walkInLine;
        private final Iterator<Ticket> earlyLine;
        private Ticket nextDue;
        private Ticket nextNormal;
        private Ticket nextEarly;
        private int greensLeft = greens.size();
        private int othersLeft = normals.size() + booked.size();
        private int streak = greenStreak;
        /** The step of the ticket {@link #next} returned last. */
        QueueClass step;

        Order(long nowMs) {
            List<Ticket> due = new ArrayList<>();
            List<Ticket> early = new ArrayList<>();
            for (Ticket b : booked) {
                (b.slotStartMs <= nowMs ? due : early).add(b);
            }
            early.sort(ORDER); // usually none or a few: those checked in before their slot
            dueLine = due.iterator();
            walkInLine = normals.iterator();
            earlyLine = early.iterator();
            nextDue = take(dueLine);
            nextNormal = take(walkInLine);
            nextEarly = take(earlyLine);
        }

        private Ticket take(Iterator<Ticket> it) {
            return it.hasNext() ? it.next() : null;
        }

        @Override
        public boolean hasNext() {
            return transferLine.hasNext() || greensLeft > 0 || othersLeft > 0;
        }

        @Override
        public Ticket next() {
            if (transferLine.hasNext()) {
                step = QueueClass.TRANSFER;
                return transferLine.next();
            }
            if (greensLeft > 0 && (othersLeft == 0 || streak < greenBurst)) {
                step = QueueClass.GREEN;
                streak = othersLeft > 0 ? streak + 1 : 0;
                greensLeft--;
                return greenLine.next();
            }
            if (othersLeft == 0) {
                throw new java.util.NoSuchElementException();
            }
            othersLeft--;
            streak = 0;
            Ticket t;
            if (nextDue != null) {
                step = QueueClass.BOOKED;
                t = nextDue;
                nextDue = take(dueLine);
            } else if (nextEarly == null || (nextNormal != null && ORDER.compare(nextNormal, nextEarly) < 0)) {
                step = QueueClass.NORMAL;
                t = nextNormal;
                nextNormal = take(walkInLine);
            } else {
                step = QueueClass.NORMAL;
                t = nextEarly;
                nextEarly = take(earlyLine);
            }
            return t;
        }
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
     * Tickets that will be called before {@code t} in this zone (protocol: {@code ahead}), counted along the calling
     * order as it stands at {@code nowMs}: a booked ticket checked in before its slot counts the walk-ins before it
     * by check-in time, as callNext would take them now (from the slot's start it moves ahead of them).
     */
    int ahead(Ticket t, long nowMs) {
        if (t.queueClass == QueueClass.TRANSFER) {
            return position(transfers, t);
        }
        int n = 0;
        for (Order o = new Order(nowMs); o.hasNext(); n++) {
            if (o.next() == t) {
                return n;
            }
        }
        throw new IllegalStateException("ticket " + t.number + " is not waiting in " + zone.id());
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
