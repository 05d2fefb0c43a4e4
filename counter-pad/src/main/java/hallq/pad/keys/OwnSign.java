package hallq.pad.keys;

import hallq.hardware.led.LedStrip;
import hallq.pad.clerk.PadState;
import hallq.protocol.sign.WindowSign;
import java.util.function.Consumer;

/**
 * The window's own LED sign ({@code ledStrip:} or {@code ledSign:} in the pad's device file), when the pad drives
 * it rather than the caller display: it shows what {@link WindowSign} says for this window, the same rule the
 * display uses. The pad's picture of its window is replaced from the snapshot at each hello, so after a
 * reconnect the sign is right again. While the link is down it keeps the last known state.
 */
public final class OwnSign implements Consumer<PadState> {
    private final LedStrip sign;
    private final WindowSign texts;

    public OwnSign(LedStrip sign) {
        this.sign = sign;
        this.texts = WindowSign.forHeight(sign.heightPixels());
    }

    @Override
    public void accept(PadState s) {
        sign.update(texts.text(s.counter()));
    }
}
