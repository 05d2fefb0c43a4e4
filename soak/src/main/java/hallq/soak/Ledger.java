package hallq.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * What the simulated terminals were told by the server, from their acknowledged replies only: the soak's own
 * counts, checked at the end against what the server stored.
 */
final class Ledger {
    /** Acknowledged tickets, as {@code day/number}. */
    final Set<String> issued = ConcurrentHashMap.newKeySet();
    final Set<String> days = ConcurrentHashMap.newKeySet();
    /** Who called each ticket first ({@code day/number} → counter id). */
    private final Map<String, String> calledBy = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    final AtomicInteger served = new AtomicInteger();
    final AtomicInteger noShows = new AtomicInteger();
    final AtomicIntegerArray ratings = new AtomicIntegerArray(6);
    final AtomicInteger drops = new AtomicInteger();
    private final List<String> problems = new ArrayList<>();

    void issued(String day, String number) {
        days.add(day);
        if (!issued.add(day + "/" + number)) {
            problem("ticket " + number + " of " + day + " was issued twice");
        }
        changed();
    }

    void noShow() {
        noShows.incrementAndGet();
        changed();
    }

    /** Something moved on (a reply, an event): whoever waits in {@link #awaitChange} looks again. */
    synchronized void changed() {
        notifyAll();
    }

    /** Waits until something moves on, at most {@code ms}. */
    synchronized void awaitChange(long ms) throws InterruptedException {
        wait(ms);
    }

    /** A counter's acknowledged call-next; a second call of the same ticket (by any counter) is a fault. */
    void called(String day, String number, String counter) {
        String before = calledBy.putIfAbsent(day + "/" + number, counter);
        if (before != null) {
            problem("ticket " + number + " called by window " + before + " and again by window " + counter);
        }
    }

    int calls() {
        return calledBy.size();
    }

    void finished(String outcome) {
        served.incrementAndGet();
        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
        changed();
    }

    void rated(int level) {
        ratings.incrementAndGet(level);
    }

    /** Tickets rated, at any level. */
    int rated() {
        int n = 0;
        for (int level = 1; level <= 5; level++) {
            n += ratings.get(level);
        }
        return n;
    }

    Map<String, Integer> outcomes() {
        Map<String, Integer> m = new TreeMap<>();
        outcomes.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    synchronized void problem(String what) {
        if (problems.size() < 50) {
            problems.add(what);
        }
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }
}
