package hallq.server.log;

/**
 * Summarises one client's refusals for the log (contract section 7): the first is said at once, the ones that follow
 * within a second are only counted and said with the next one said. Time is passed in, so it is tested without a
 * clock. Not thread-safe: each instance belongs to one thread (a connection's event loop, the hall thread).
 */
public final class RefusalLog {
    static final long EVERY_MS = 1000;

    private long lastSaidMs = Long.MIN_VALUE;
    private int held;

    /**
     * Whether a refusal at {@code nowMs} is to be said; when it is, {@link #held()} tells how many since the last one
     * were not said.
     */
    public boolean say(long nowMs) {
        if (lastSaidMs != Long.MIN_VALUE && nowMs - lastSaidMs < EVERY_MS) {
            held++;
            return false;
        }
        lastSaidMs = nowMs;
        return true;
    }

    /** The refusals not said since the last one said; reading it starts the count again. */
    public int held() {
        int n = held;
        held = 0;
        return n;
    }
}
