package hallq.display.model;

import hallq.protocol.Snapshot;
import hallq.protocol.ZoneStatus;
import hallq.protocol.event.Called;
import hallq.protocol.event.Event;
import hallq.protocol.event.EventData;
import hallq.protocol.event.QueueChanged;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.HallInfo;
import hallq.protocol.hall.Zone;
import hallq.protocol.message.Replies.Welcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The caller display's state, built from the hello snapshot and then from events (protocol section 4). Not
 * bound to JavaFX: the view and the announcer listen to it. Every hello (the first and each one after a
 * reconnect) replaces the whole state from its snapshot, so a screen that missed events while its link was
 * down is right again as soon as it is back. Events not newer than the state's {@code seq} are ignored.
 *
 * <p>A local zone filter (the {@code --zones} option) narrows what the server sends further: a display with
 * zones in the hall file already gets only those.
 *
 * <p>Methods are synchronized: the client's thread feeds it, the UI thread reads it.
 */
public final class DisplayModel {
    /** How many calls the screen keeps (the snapshot brings the last ten). */
    public static final int RECENT = 10;

    private final Set<String> zoneFilter;
    private final List<Consumer<DisplayState>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Call>> callListeners = new CopyOnWriteArrayList<>();
    private DisplayState state = DisplayState.EMPTY;

    /** @param zoneFilter zone ids to show, or empty for all that the server sends */
    public DisplayModel(Collection<String> zoneFilter) {
        this.zoneFilter = zoneFilter == null ? Set.of() : Set.copyOf(zoneFilter);
    }

    public DisplayModel() {
        this(Set.of());
    }

    public synchronized DisplayState state() {
        return state;
    }

    /** Called with each new state (on the thread that changed it). */
    public void onChange(Consumer<DisplayState> l) {
        listeners.add(l);
    }

    /**
     * Called with each live call (not the snapshot's old ones): what the announcer speaks. Called before the
     * {@link #onChange} listeners hear of the state with that call.
     */
    public void onCall(Consumer<Call> l) {
        callListeners.add(l);
    }

    private boolean shows(String zone) {
        return zoneFilter.isEmpty() || zoneFilter.contains(zone);
    }

    /** The hello reply: hall, snapshot, seq. Replaces everything. */
    public void connected(Welcome hello) {
        DisplayState s;
        synchronized (this) {
            HallInfo hall = hello.hall().hall();
            Snapshot snap = hello.snapshot();
            Map<String, ZoneLine> zones = new LinkedHashMap<>();
            for (ZoneStatus z : orEmpty(snap.zones())) {
                ZoneLine line = zone(z, hello.hall());
                if (shows(line.id())) {
                    zones.put(line.id(), line);
                }
            }
            List<Call> calls = new ArrayList<>();
            for (Event e : orEmpty(snap.recentCalls())) { // newest first
                if (e.data() instanceof Called c) {
                    Call call = Call.of(e, c);
                    if (shows(call.zone()) && calls.stream().noneMatch(x -> x.number().equals(call.number()))) {
                        calls.add(call);
                    }
                }
            }
            while (calls.size() > RECENT) {
                calls.remove(calls.size() - 1);
            }
            s = state = new DisplayState(hall == null ? "" : orEmpty(hall.name()),
                    hall == null ? "" : orEmpty(hall.nameEn()), true, List.copyOf(calls),
                    List.copyOf(zones.values()), hello.seq(), state.callCount());
        }
        listeners.forEach(l -> l.accept(s));
    }

    /** No server address: the hall is being looked for on the network. */
    public void searching() {
        DisplayState s;
        synchronized (this) {
            DisplayState o = state;
            s = state = new DisplayState(o.hallName(), o.hallNameEn(), false, o.calls(), o.zones(), o.seq(),
                    o.callCount(), true);
        }
        listeners.forEach(l -> l.accept(s));
    }

    public void disconnected() {
        DisplayState s;
        synchronized (this) {
            if (!state.connected()) {
                return;
            }
            DisplayState o = state;
            s = state = new DisplayState(o.hallName(), o.hallNameEn(), false, o.calls(), o.zones(), o.seq(),
                    o.callCount());
        }
        listeners.forEach(l -> l.accept(s));
    }

    /** One pushed event; only calls and queues are the screen's (counter events are for the window signs). */
    public void event(Event e) {
        EventData d = e.data();
        if (!(d instanceof Called) && !(d instanceof QueueChanged)) {
            return; // no new state, no repaint
        }
        DisplayState s;
        Call announced = null;
        synchronized (this) {
            DisplayState o = state;
            if (e.seq() <= o.seq()) {
                return; // already in the snapshot
            }
            List<Call> calls = o.calls();
            List<ZoneLine> zones = o.zones();
            long count = o.callCount();
            if (d instanceof Called c) {
                Call call = Call.of(e, c);
                if (shows(call.zone())) {
                    calls = withNewest(calls, call);
                    count++;
                    announced = call;
                }
            } else if (d instanceof QueueChanged q && shows(q.zone())) {
                zones = withQueue(zones, q);
            }
            s = state = new DisplayState(o.hallName(), o.hallNameEn(), o.connected(), calls, zones, e.seq(), count);
        }
        // the call first: whoever sees the new state can count on the call being queued for the voice already
        if (announced != null) {
            Call c = announced;
            callListeners.forEach(l -> l.accept(c));
        }
        listeners.forEach(l -> l.accept(s));
    }

    /** The call on top; an older call of the same ticket leaves the list. */
    private static List<Call> withNewest(List<Call> calls, Call c) {
        List<Call> next = new ArrayList<>();
        next.add(c);
        for (Call x : calls) {
            if (!x.number().equals(c.number()) && next.size() < RECENT) {
                next.add(x);
            }
        }
        return List.copyOf(next);
    }

    /** The zone's counts replaced; a zone the hello did not name is added, named by its id. */
    private static List<ZoneLine> withQueue(List<ZoneLine> zones, QueueChanged q) {
        List<ZoneLine> next = new ArrayList<>();
        boolean found = false;
        for (ZoneLine z : zones) {
            if (z.id().equals(q.zone())) {
                found = true;
                next.add(new ZoneLine(z.id(), z.name(), z.nameEn(), z.prefix(), q.waiting(), q.greenWaiting(),
                        q.longestWaitSec()));
            } else {
                next.add(z);
            }
        }
        if (!found) {
            next.add(new ZoneLine(q.zone(), q.zone(), q.zone(), "", q.waiting(), q.greenWaiting(),
                    q.longestWaitSec()));
        }
        return List.copyOf(next);
    }

    /** A zone of the snapshot; its English name from the hall file when the snapshot has none. */
    private static ZoneLine zone(ZoneStatus z, HallConfig hall) {
        String nameEn = orEmpty(z.nameEn());
        if (nameEn.isEmpty()) {
            nameEn = hall.zone(z.id()).map(Zone::nameEn).map(DisplayModel::orEmpty).orElse("");
        }
        return new ZoneLine(z.id(), z.name() == null ? z.id() : z.name(), nameEn, orEmpty(z.prefix()), z.waiting(),
                z.greenWaiting(), z.longestWaitSec());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }
}
