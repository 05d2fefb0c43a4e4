package hallq.pad.keys;

import hallq.hardware.board.NodeHardware;
import hallq.hardware.button.Button;
import hallq.hardware.button.ButtonEvent;
import hallq.pad.clerk.PadAction;
import hallq.pad.clerk.PadModel;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's physical keys, by their names in the device file:
 * <ul>
 * <li>{@code call-next}: a click calls the next ticket; held (long press) it pauses or resumes the window,
 * as the example device file documents. So the call goes on release, once it is known not to be a hold.</li>
 * <li>{@code recall}, {@code no-show}: act on press.</li>
 * <li>{@code pause} (optional): pauses or resumes on press.</li>
 * </ul>
 * A key pressed when its action cannot be done shows why on the screen instead of doing nothing.
 */
public final class PadKeys implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PadKeys.class);
    public static final String CALL_NEXT = "call-next";
    public static final String RECALL = "recall";
    public static final String NO_SHOW = "no-show";
    public static final String PAUSE = "pause";

    private record Binding(Button button, hallq.hardware.button.ButtonListener listener) {
    }

    private final List<Binding> bindings = new ArrayList<>();

    public PadKeys(NodeHardware hardware, PadModel model) {
        bind(hardware, CALL_NEXT, model, e -> {
            if (e.type() == ButtonEvent.Type.RELEASED && !e.longPress()) {
                return () -> model.perform(PadAction.CALL_NEXT);
            }
            return e.type() == ButtonEvent.Type.LONG_PRESSED ? model::togglePause : null;
        });
        bind(hardware, RECALL, model, e -> pressed(e, () -> model.perform(PadAction.RECALL)));
        bind(hardware, NO_SHOW, model, e -> pressed(e, () -> model.perform(PadAction.NO_SHOW)));
        bind(hardware, PAUSE, model, e -> pressed(e, model::togglePause));
    }

    private static Runnable pressed(ButtonEvent e, Runnable action) {
        return e.type() == ButtonEvent.Type.PRESSED ? action : null;
    }

    private void bind(NodeHardware hardware, String name, PadModel model,
                      java.util.function.Function<ButtonEvent, Runnable> meaning) {
        Button b = hardware.buttons().get(name);
        if (b == null) {
            return; // this window has no such key: its screen button is the only way
        }
        hallq.hardware.button.ButtonListener l = e -> {
            Runnable action = meaning.apply(e);
            if (action != null) {
                log.debug("key {} {}", name, e.type());
                // key events come on the hardware thread; the model lives on its own
                model.modelThread().execute(action);
            }
        };
        b.addListener(l);
        bindings.add(new Binding(b, l));
    }

    @Override
    public void close() {
        bindings.forEach(x -> x.button().removeListener(x.listener()));
        bindings.clear();
    }
}
