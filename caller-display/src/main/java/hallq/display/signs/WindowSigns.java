package hallq.display.signs;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.hardware.led.LedStrip;
import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.Json;
import hallq.protocol.TicketView;
import hallq.protocol.sign.WindowSign;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LED signs over the windows this display is wired to, each showing what {@link WindowSign} says for its
 * window. It follows the windows from the hello snapshot (so after a reconnect, or a server restart, every sign
 * is right again), then from {@code counter} events and {@code called} events (a recall changes no counter
 * state, only the call says it). Events not newer than the last hello are already in its snapshot.
 *
 * <p>Only windows with a sign here are driven: a window whose pad drives its own sign is left out of the
 * display's device file.
 */
public final class WindowSigns {
    private static final Logger log = LoggerFactory.getLogger(WindowSigns.class);

    private final Map<String, LedStrip> signs;
    private final Map<String, WindowSign> texts = new HashMap<>();
    private final Map<String, CounterView> windows = new HashMap<>();
    private final List<BiConsumer<String, String>> listeners = new CopyOnWriteArrayList<>();
    private long seq;

    /** @param signs by window (counter) id */
    public WindowSigns(Map<String, LedStrip> signs) {
        this.signs = Map.copyOf(signs);
        this.signs.forEach((window, sign) -> texts.put(window, WindowSign.forHeight(sign.heightPixels())));
    }

    public LedStrip strip(String window) {
        return signs.get(window);
    }

    /** Told (window, text) after a sign has been given a new text ("" for dark), on the link's thread. */
    public void onShown(BiConsumer<String, String> listener) {
        listeners.add(listener);
    }

    /** The hello reply: every sign from the snapshot's windows; windows absent from it go dark. */
    public synchronized void connected(JsonNode hello) {
        seq = hello.path("seq").asLong();
        windows.clear();
        for (JsonNode c : hello.path("snapshot").path("counters")) {
            CounterView v = read(c, CounterView.class);
            if (v != null && signs.containsKey(v.id())) {
                windows.put(v.id(), v);
            }
        }
        signs.keySet().forEach(this::refresh);
    }

    /** One pushed event. */
    public synchronized void event(JsonNode e) {
        long s = e.path("seq").asLong();
        if (s <= seq) {
            return;
        }
        seq = s;
        switch (e.path("event").asText()) {
            case "counter" -> {
                CounterView v = read(e.path("counter"), CounterView.class);
                if (v != null && signs.containsKey(v.id())) {
                    windows.put(v.id(), v);
                    refresh(v.id());
                }
            }
            case "called" -> {
                String id = e.path("counter").path("id").asText();
                TicketView t = read(e.path("ticket"), TicketView.class);
                if (signs.containsKey(id) && t != null) {
                    windows.put(id, called(windows.get(id), id, t));
                    refresh(id);
                }
            }
            default -> {
            }
        }
    }

    private static CounterView called(CounterView old, String id, TicketView t) {
        return old == null ? new CounterView(id, null, null, CounterState.CALLED, t, null, null, 0, null)
                : new CounterView(id, old.name(), old.nameEn(), CounterState.CALLED, t, old.clerk(), null,
                        old.servedToday(), old.avgServiceSec());
    }

    private void refresh(String window) {
        String text = texts.get(window).text(windows.get(window));
        LedStrip sign = signs.get(window);
        if (!text.equals(sign.text())) {
            sign.update(text);
            listeners.forEach(l -> l.accept(window, text));
        }
    }

    private static <T> T read(JsonNode n, Class<T> type) {
        try {
            return n.isMissingNode() || n.isNull() ? null : Json.mapper().treeToValue(n, type);
        } catch (Exception ex) {
            log.warn("unreadable {} from the server: {}", type.getSimpleName(), ex.getMessage());
            return null;
        }
    }
}
