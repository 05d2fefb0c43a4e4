package hallq.server.engine;

import hallq.server.queue.HallEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a hello'd client gets of the events: those after {@code afterSeq} (its snapshot), of {@code kinds} (null:
 * every kind). A client that asked for {@code queueEveryMs} (an addition to the contract: a kiosk shows waiting
 * counts, it need not hear of every ticket) gets a zone's {@code queue} event at most that often: in between, the
 * newest one of each zone is held, and the held ones go out together, in {@code seq} order, once the time is up
 * (or before any other event, so that its events never arrive out of order). Used on the hall thread only.
 */
final class Subscription {
    private final long afterSeq;
    private final Set<String> kinds;
    private final long queueEveryMs;
    private long queueSentMs = Long.MIN_VALUE / 2;
    /** zone(s) of the event -> the newest held queue event; insertion order is seq order */
    private final Map<Set<String>, EncodedEvent> held = new LinkedHashMap<>();

    Subscription(long afterSeq, Set<String> kinds, long queueEveryMs) {
        this.afterSeq = afterSeq;
        this.kinds = kinds;
        this.queueEveryMs = queueEveryMs;
    }

    boolean wants(HallEvent e) {
        return e.seq() > afterSeq && (kinds == null || kinds.contains(e.kind()));
    }

    /** Adds to {@code out} what of this event (and of the held ones) is to be sent now. */
    void offer(EncodedEvent e, long nowMs, List<Object> out) {
        if (queueEveryMs > 0 && e.event().kind().equals(HallEvent.QUEUE)) {
            if (held.isEmpty() && nowMs - queueSentMs >= queueEveryMs) {
                out.add(e);
                queueSentMs = nowMs;
            } else {
                held.remove(e.event().zones());
                held.put(e.event().zones(), e);
            }
            return;
        }
        release(out, nowMs);
        out.add(e);
    }

    /** When the held queue events are due, or {@link Long#MAX_VALUE} when none are held. */
    long dueAtMs() {
        return held.isEmpty() ? Long.MAX_VALUE : queueSentMs + queueEveryMs;
    }

    /** Adds the held queue events to {@code out}, in seq order. */
    void release(List<Object> out, long nowMs) {
        if (!held.isEmpty()) {
            out.addAll(held.values());
            held.clear();
            queueSentMs = nowMs;
        }
    }
}
