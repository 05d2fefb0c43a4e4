package hallq.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Contract section 7's lockout: after {@link #WRONG_IN_A_ROW} wrong PINs in a row for one clerk, or from one counter's
 * pad, that clerk's (that pad's) logins are refused for {@link #LOCKED_FOR}, the right PIN included; a successful
 * login starts both counts again. Keys are the hall file's clerk and counter ids only, so what it holds is bounded.
 * It outlives a rebuilt {@link HallQueue} (the hall thread keeps one), and a restart forgets it. Time is passed in.
 */
public final class LoginGuard {
    public static final int WRONG_IN_A_ROW = 5;
    public static final Duration LOCKED_FOR = Duration.ofMinutes(5);

    private static final class Count {
        int wrong;
        Instant lockedUntil;
    }

    private final Map<String, Count> clerks = new HashMap<>();
    private final Map<String, Count> counters = new HashMap<>();

    /** Until when logins of this clerk (null: unknown) at this counter are locked, or null when they are not. */
    Instant lockedUntil(String clerk, String counter, Instant now) {
        Instant a = until(clerks.get(clerk), now);
        Instant b = until(counters.get(counter), now);
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** A wrong PIN; true when it locked the clerk or the pad just now. */
    boolean wrong(String clerk, String counter, Instant now) {
        boolean locked = clerk != null && count(clerks, clerk, now);
        return count(counters, counter, now) | locked;
    }

    void succeeded(String clerk, String counter) {
        clerks.remove(clerk);
        counters.remove(counter);
    }

    private static boolean count(Map<String, Count> counts, String key, Instant now) {
        Count c = counts.computeIfAbsent(key, k -> new Count());
        if (c.lockedUntil != null && !now.isBefore(c.lockedUntil)) {
            c.lockedUntil = null; // the lock has run out: a fresh count
            c.wrong = 0;
        }
        if (++c.wrong < WRONG_IN_A_ROW || c.lockedUntil != null) {
            return false;
        }
        c.lockedUntil = now.plus(LOCKED_FOR);
        return true;
    }

    private static Instant until(Count c, Instant now) {
        return c == null || c.lockedUntil == null || !now.isBefore(c.lockedUntil) ? null : c.lockedUntil;
    }
}
