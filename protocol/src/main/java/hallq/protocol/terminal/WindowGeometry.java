package hallq.protocol.terminal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A terminal's {@code --window} value: {@code WIDTHxHEIGHT}, optionally with the window's place on the desktop as
 * {@code +X+Y} (X11 style), so a desktop trial can put the kiosk, the display and the pad side by side.
 */
public final class WindowGeometry {
    private static final Pattern FORM = Pattern.compile("(\\d{1,5})[xX](\\d{1,5})(?:\\+(\\d{1,5})\\+(\\d{1,5}))?");

    private WindowGeometry() {
    }

    /**
     * @return {@code {w, h}} or {@code {w, h, x, y}}
     * @throws IllegalArgumentException naming the option and the expected form
     */
    public static int[] parse(String option, String value) {
        Matcher m = FORM.matcher(value == null ? "" : value.strip());
        if (m.matches()) {
            int w = Integer.parseInt(m.group(1));
            int h = Integer.parseInt(m.group(2));
            if (w > 0 && h > 0) {
                return m.group(3) == null ? new int[] {w, h}
                        : new int[] {w, h, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))};
            }
        }
        throw new IllegalArgumentException(option + " wants WIDTHxHEIGHT or WIDTHxHEIGHT+X+Y, e.g. 800x480+0+0, not "
                + value);
    }

    /** Whether a parsed value says where the window goes. */
    public static boolean placed(int[] window) {
        return window != null && window.length == 4;
    }
}
