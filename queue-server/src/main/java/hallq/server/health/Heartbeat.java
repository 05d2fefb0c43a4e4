package hallq.server.health;

/**
 * When a thread last completed a turn of its loop, and whether that is too long ago (contract section 7: /healthz
 * answers 503 when the hall thread has not completed a turn in 5 s). Time is passed in, so it is tested without a
 * clock; {@link #beat} is called by the watched thread, the rest by any thread.
 */
public final class Heartbeat {
    /** The contract's 5 s. */
    public static final long STALLED_AFTER_NANOS = 5_000_000_000L;

    private volatile long lastNanos;

    public Heartbeat(long nowNanos) {
        this.lastNanos = nowNanos;
    }

    public void beat(long nowNanos) {
        lastNanos = nowNanos;
    }

    /** Nanoseconds since the last turn. */
    public long silentFor(long nowNanos) {
        return nowNanos - lastNanos;
    }

    public boolean stalled(long nowNanos) {
        return silentFor(nowNanos) > STALLED_AFTER_NANOS;
    }
}
