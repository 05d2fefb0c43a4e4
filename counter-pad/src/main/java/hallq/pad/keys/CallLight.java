package hallq.pad.keys;

import hallq.hardware.lamp.Lamp;
import hallq.pad.clerk.PadState;
import hallq.protocol.CounterState;
import java.util.function.Consumer;

/**
 * The window's call light ({@code call-light} in the device file): lit while a citizen is called and not
 * yet at the window, so the hall can see which window is waiting for someone.
 */
public final class CallLight implements Consumer<PadState> {
    private final Lamp lamp;
    private Boolean lit;

    public CallLight(Lamp lamp) {
        this.lamp = lamp;
    }

    @Override
    public void accept(PadState s) {
        boolean on = s.counterState() == CounterState.CALLED;
        if (lit == null || lit != on) {
            lit = on;
            if (on) {
                lamp.on();
            } else {
                lamp.off();
            }
        }
    }
}
