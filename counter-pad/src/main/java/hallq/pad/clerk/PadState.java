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
 * @param matters  rating (issue 20, 一事一评): the matters the clerk says the window's ticket handled, in the order
 *                 chosen; empty for none (the ticket is then rated as a whole)
 */
public record PadState(
        LinkState link,
        CounterSetup setup,
        CounterView counter,
        Map<String, ZoneStatus> queues,
        List<String> noShows,
        String pending,
        Notice notice,
        RatingPrompt rating,
        List<hallq.protocol.hall.Matter> matters) {

    public static final PadState INITIAL = new PadState(LinkState.CONNECTING, null, null, Map.of(), List.of(),
            null, null, null, List.of());

    public PadState {
        queues = Collections.unmodifiableMap(new LinkedHashMap<>(queues));
        noShows = List.copyOf(noShows);
        matters = matters == null ? List.of() : List.copyOf(matters);
    }

    public PadState(LinkState link, CounterSetup setup, CounterView counter, Map<String, ZoneStatus> queues,
                    List<String> noShows, String pending, Notice notice, RatingPrompt rating) {
        this(link, setup, counter, queues, noShows, pending, notice, rating, List.of());
    }

    /** Rating (issue 20): the matters chosen for the window's ticket. */
    public PadState withMatters(List<hallq.protocol.hall.Matter> m) {
        return new PadState(link, setup, counter, queues, noShows, pending, notice, rating, m);
    }

    /** The window's state; CLOSED before the pad has heard of it. */
    public CounterState counterState() {
        return counter == null || counter.state() == null ? CounterState.CLOSED : counter.state();
    }

    public TicketView ticket() {
        return counter == null ? null : counter.ticket();
    }

    public PadState withLink(LinkState l) {
        return new PadState(l, setup, counter, queues, noShows, pending, notice, rating, matters);
    }

    public PadState withSetup(CounterSetup s) {
        return new PadState(link, s, counter, queues, noShows, pending, notice, rating, matters);
    }

    /** The window as the server says; the matters chosen go with the ticket they were chosen for. */
    public PadState withCounter(CounterView c) {
        String was = ticket() == null ? null : ticket().number();
        String now = c == null || c.ticket() == null ? null : c.ticket().number();
        return new PadState(link, setup, c, queues, noShows, pending, notice, rating,
                java.util.Objects.equals(was, now) ? matters : List.of());
    }

    public PadState withQueues(Map<String, ZoneStatus> q) {
        return new PadState(link, setup, counter, q, noShows, pending, notice, rating, matters);
    }

    public PadState withQueue(ZoneStatus z) {
        Map<String, ZoneStatus> q = new LinkedHashMap<>(queues);
        q.put(z.id(), z);
        return withQueues(q);
    }

    public PadState withNoShows(List<String> n) {
        return new PadState(link, setup, counter, queues, n, pending, notice, rating, matters);
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
        return new PadState(link, setup, counter, queues, noShows, op, notice, rating, matters);
    }

    public PadState withNotice(Notice n) {
        return new PadState(link, setup, counter, queues, noShows, pending, n, rating, matters);
    }

    public PadState withRating(RatingPrompt r) {
        return new PadState(link, setup, counter, queues, noShows, pending, notice, r, matters);
    }
}
