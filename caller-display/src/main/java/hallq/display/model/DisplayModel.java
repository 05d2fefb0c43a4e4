package hallq.display.model;

import com.fasterxml.jackson.databind.JsonNode;
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
    public void connected(JsonNode hello) {
        DisplayState s;
        synchronized (this) {
            JsonNode hall = hello.path("hall").path("hall");
            if (hall.isMissingNode()) {
                hall = hello.path("hall");
            }
            JsonNode snap = hello.path("snapshot");
            Map<String, ZoneLine> zones = new LinkedHashMap<>();
            for (JsonNode z : snap.path("zones")) {
                ZoneLine line = zone(z, hello.path("hall").path("zones"));
                if (shows(line.id())) {
                    zones.put(line.id(), line);
                }
            }
            List<Call> calls = new ArrayList<>();
            for (JsonNode c : snap.path("recentCalls")) { // newest first
                Call call = call(c);
                if (shows(call.zone()) && calls.stream().noneMatch(x -> x.number().equals(call.number()))) {
                    calls.add(call);
                }
            }
            while (calls.size() > RECENT) {
                calls.remove(calls.size() - 1);
            }
            s = state = new DisplayState(hall.path("name").asText(""), hall.path("nameEn").asText(""), true,
                    List.copyOf(calls), List.copyOf(zones.values()), hello.path("seq").asLong(), state.callCount());
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

    /** One pushed event. */
    public void event(JsonNode e) {
        DisplayState s;
        Call announced = null;
        String kind = e.path("event").asText();
        if (!kind.equals("called") && !kind.equals("queue")) {
            return; // not the screen's (counter events are for the window signs): no new state, no repaint
        }
        synchronized (this) {
            long seq = e.path("seq").asLong();
            DisplayState o = state;
            if (seq <= o.seq()) {
                return; // already in the snapshot
            }
            List<Call> calls = o.calls();
            List<ZoneLine> zones = o.zones();
            long count = o.callCount();
            switch (kind) {
                case "called" -> {
                    Call c = call(e);
                    if (shows(c.zone())) {
                        List<Call> next = new ArrayList<>();
                        next.add(c);
                        for (Call x : calls) {
                            if (!x.number().equals(c.number()) && next.size() < RECENT) {
                                next.add(x);
                            }
                        }
                        calls = List.copyOf(next);
                        count++;
                        announced = c;
                    }
                }
                case "queue" -> {
                    String id = e.path("zone").asText();
                    if (shows(id)) {
                        List<ZoneLine> next = new ArrayList<>();
                        boolean found = false;
                        for (ZoneLine z : zones) {
                            if (z.id().equals(id)) {
                                found = true;
                                next.add(new ZoneLine(z.id(), z.name(), z.nameEn(), z.prefix(),
                                        e.path("waiting").asInt(), e.path("greenWaiting").asInt(),
                                        e.path("longestWaitSec").asInt()));
                            } else {
                                next.add(z);
                            }
                        }
                        if (!found) {
                            next.add(new ZoneLine(id, id, id, "", e.path("waiting").asInt(),
                                    e.path("greenWaiting").asInt(), e.path("longestWaitSec").asInt()));
                        }
                        zones = List.copyOf(next);
                    }
                }
                default -> {
                }
            }
            s = state = new DisplayState(o.hallName(), o.hallNameEn(), o.connected(), calls, zones, seq, count);
        }
        // the call first: whoever sees the new state can count on the call being queued for the voice already
        if (announced != null) {
            Call c = announced;
            callListeners.forEach(l -> l.accept(c));
        }
        listeners.forEach(l -> l.accept(s));
    }

    private static ZoneLine zone(JsonNode z, JsonNode hallZones) {
        String id = z.path("id").asText();
        String nameEn = z.path("nameEn").asText("");
        if (nameEn.isEmpty()) {
            for (JsonNode hz : hallZones) {
                if (hz.path("id").asText().equals(id)) {
                    nameEn = hz.path("nameEn").asText("");
                }
            }
        }
        return new ZoneLine(id, z.path("name").asText(id), nameEn, z.path("prefix").asText(""),
                z.path("waiting").asInt(), z.path("greenWaiting").asInt(), z.path("longestWaitSec").asInt());
    }

    static Call call(JsonNode e) {
        JsonNode t = e.path("ticket");
        JsonNode c = e.path("counter");
        return new Call(e.path("seq").asLong(), t.path("number").asText(), t.path("zone").asText(),
                t.path("green").asBoolean(), c.path("id").asText(), c.path("name").asText(),
                c.path("nameEn").asText(""), e.path("recall").asBoolean(), e.path("announce").path("zh").asText(""),
                e.path("announce").path("en").asText(""), e.path("at").asText(""));
    }
}
