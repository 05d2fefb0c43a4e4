package hallq.hardware;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Collects events from another thread and lets a test wait for one, with a timeout instead of a sleep. */
public final class EventRecorder<E> {

    private final List<E> events = new ArrayList<>();

    public synchronized void add(E event) {
        events.add(event);
        notifyAll();
    }

    public synchronized List<E> events() {
        return List.copyOf(events);
    }

    /** Waits until some recorded event matches, returning it; fails the test after the timeout. */
    public synchronized E await(Predicate<E> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (E e : events) {
                if (match.test(e)) {
                    return e;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching event within " + timeout + "; got " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits until at least n events are recorded. */
    public synchronized List<E> awaitCount(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events.size() < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + n + " events within " + timeout + ", got " + events);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(events);
    }
}
