package hallq.server.engine;

import hallq.server.queue.HallEvent;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who gets which event, and the writing of a batch's messages. Every hello'd client has a {@link Subscription}
 * (kinds, held queue events); an event is encoded once for all who see it; what a batch has for its clients goes to
 * each network thread as one task, not one per client. Hall thread only.
 */
final class Fanout {
    private static final Logger log = LoggerFactory.getLogger(Fanout.class);

    private final ZoneId zoneId;
    private final Map<Client, Subscription> subscribers = new LinkedHashMap<>();
    /** The earliest time a subscriber's held queue events are due (see {@link Subscription}). */
    private long nextFlushMs = Long.MAX_VALUE;

    Fanout(ZoneId zoneId) {
        this.zoneId = zoneId;
    }

    void subscribe(Client client, Subscription s) {
        subscribers.put(client, s);
    }

    void leave(Client client) {
        subscribers.remove(client);
    }

    /** When held queue events are next due (Long.MAX_VALUE: none held). */
    long nextFlushMs() {
        return nextFlushMs;
    }

    /** Adds to {@code out} the events each client sees, and the held queue events that are due by {@code nowMs}. */
    void events(List<HallEvent> events, long nowMs, Map<Client, List<Object>> out) {
        for (HallEvent e : events) {
            EncodedEvent encoded = null;
            for (Map.Entry<Client, Subscription> s : subscribers.entrySet()) {
                Client client = s.getKey();
                if (s.getValue().wants(e) && WireJson.sees(client.device(), e)) {
                    if (encoded == null) {
                        encoded = EncodedEvent.of(e,
                                WireJson.text(WireJson.event(e, zoneId)).getBytes(StandardCharsets.UTF_8));
                    }
                    s.getValue().offer(encoded, nowMs, out.computeIfAbsent(client, k -> new ArrayList<>()));
                }
            }
        }
        if (!events.isEmpty() || nowMs >= nextFlushMs) {
            nextFlushMs = Long.MAX_VALUE;
            for (Map.Entry<Client, Subscription> s : subscribers.entrySet()) {
                Subscription sub = s.getValue();
                if (nowMs >= sub.dueAtMs()) {
                    sub.release(out.computeIfAbsent(s.getKey(), k -> new ArrayList<>()), nowMs);
                }
                nextFlushMs = Math.min(nextFlushMs, sub.dueAtMs());
            }
        }
    }

    /** Hands each client its messages on its network thread: one task per thread, five hundred screens or not. */
    static void send(Map<Client, List<Object>> out) {
        out.values().removeIf(List::isEmpty);
        Map<Executor, List<Map.Entry<Client, List<Object>>>> byWriter = new LinkedHashMap<>();
        for (Map.Entry<Client, List<Object>> e : out.entrySet()) {
            byWriter.computeIfAbsent(e.getKey().writer(), k -> new ArrayList<>()).add(e);
        }
        byWriter.forEach((writer, clients) -> {
            try {
                writer.execute(() -> {
                    for (Map.Entry<Client, List<Object>> e : clients) {
                        e.getKey().deliver(e.getValue());
                    }
                });
            } catch (RejectedExecutionException e) {
                // the network is shutting down: its clients are gone, and the batches behind must still be answered
                log.debug("{} clients not written to: their network thread has stopped", clients.size());
            }
        });
    }
}
