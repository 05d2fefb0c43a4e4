package hallq.hardware.button;

import java.time.Duration;
import java.time.Instant;

/**
 * @param button    the button's name from the device file
 * @param type      what happened
 * @param at        when (from the button's clock)
 * @param held      how long the button had been down: zero for PRESSED, the threshold for
 *                  LONG_PRESSED, the whole press for RELEASED
 * @param longPress for RELEASED: whether this press already produced LONG_PRESSED, so an app can
 *                  treat "released after a long press" differently from a click
 */
public record ButtonEvent(String button, Type type, Instant at, Duration held, boolean longPress) {

    public enum Type { PRESSED, LONG_PRESSED, RELEASED }
}
