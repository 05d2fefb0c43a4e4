package hallq.display.signs;

import hallq.hardware.led.LedStrip;
import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.TicketView;
import hallq.protocol.event.Called;
import hallq.protocol.event.CounterChanged;
import hallq.protocol.event.Event;
import hallq.protocol.message.Replies.Welcome;
import hallq.protocol.sign.WindowSign;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

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
    public synchronized void connected(Welcome hello) {
        seq = hello.seq();
        windows.clear();
        List<CounterView> counters = hello.snapshot().counters();
        for (CounterView v : counters == null ? List.<CounterView>of() : counters) {
            if (v != null && signs.containsKey(v.id())) {
                windows.put(v.id(), v);
            }
        }
        signs.keySet().forEach(this::refresh);
    }

    /** One pushed event. */
    public synchronized void event(Event e) {
        if (e.seq() <= seq) {
            return;
        }
        seq = e.seq();
        if (e.data() instanceof CounterChanged c) {
            CounterView v = c.counter();
            if (signs.containsKey(v.id())) {
                windows.put(v.id(), v);
                refresh(v.id());
            }
        } else if (e.data() instanceof Called c) {
            String id = c.counter().id();
            if (signs.containsKey(id)) {
                windows.put(id, called(windows.get(id), id, c.ticket()));
                refresh(id);
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
}
