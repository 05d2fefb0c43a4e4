package hallq.pad.clerk;

import hallq.pad.rating.RatingPrompt;
import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.TicketView;
import hallq.protocol.ZoneStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the pad shows, at one moment; immutable, so the view can render it and tests can build it.
 *
 * @param link     the connection; while not ONLINE the rest is what the pad last knew
 * @param setup    the window and hall from the first hello; null before it
 * @param counter  this window as the server last described it; null before the first hello
 * @param queues   the queues of this window's zones (own zones first), by zone id
 * @param noShows  today's no-show numbers (requeue candidates)
 * @param pending  the clerk's operation waiting for its reply, or null; one at a time
 * @param notice   the line under the ticket, or null
 * @param rating   the citizen's rating screen while it is up, or null
 */
public record PadState(
        LinkState link,
        CounterSetup setup,
        CounterView counter,
        Map<String, ZoneStatus> queues,
        List<String> noShows,
        String pending,
        Notice notice,
        RatingPrompt rating) {

    public static final PadState INITIAL = new PadState(LinkState.CONNECTING, null, null, Map.of(), List.of(),
            null, null, null);

    public PadState {
        queues = Collections.unmodifiableMap(new LinkedHashMap<>(queues));
        noShows = List.copyOf(noShows);
    }

    /** The window's state; CLOSED before the pad has heard of it. */
    public CounterState counterState() {
        return counter == null || counter.state() == null ? CounterState.CLOSED : counter.state();
    }

    public TicketView ticket() {
        return counter == null ? null : counter.ticket();
    }

    public PadState withLink(LinkState l) {
        return new PadState(l, setup, counter, queues, noShows, pending, notice, rating);
    }

    public PadState withSetup(CounterSetup s) {
        return new PadState(link, s, counter, queues, noShows, pending, notice, rating);
    }

    public PadState withCounter(CounterView c) {
        return new PadState(link, setup, c, queues, noShows, pending, notice, rating);
    }

    public PadState withQueues(Map<String, ZoneStatus> q) {
        return new PadState(link, setup, counter, q, noShows, pending, notice, rating);
    }

    public PadState withQueue(ZoneStatus z) {
        Map<String, ZoneStatus> q = new LinkedHashMap<>(queues);
        q.put(z.id(), z);
        return withQueues(q);
    }

    public PadState withNoShows(List<String> n) {
        return new PadState(link, setup, counter, queues, n, pending, notice, rating);
    }

    public PadState withNoShow(String number, boolean present) {
        List<String> n = new ArrayList<>(noShows);
        n.remove(number);
        if (present) {
            n.add(number);
            n.sort(null);
        }
        return withNoShows(n);
    }

    public PadState withPending(String op) {
        return new PadState(link, setup, counter, queues, noShows, op, notice, rating);
    }

    public PadState withNotice(Notice n) {
        return new PadState(link, setup, counter, queues, noShows, pending, n, rating);
    }

    public PadState withRating(RatingPrompt r) {
        return new PadState(link, setup, counter, queues, noShows, pending, notice, r);
    }
}
