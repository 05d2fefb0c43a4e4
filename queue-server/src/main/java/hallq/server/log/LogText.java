package hallq.server.log;

/**
 * A value from outside (a device name, a zone, a report's message) as it may go into the log (contract section 7):
 * at most {@link #MAX} characters, control characters escaped, so that no input can fill the log or forge a line.
 */
public final class LogText {
    public static final int MAX = 200;

    private LogText() {
    }

    /**
     * {@code value} as text, control characters escaped, at most {@link #MAX} characters in all; a clipped one ends
     * with "…(N chars)" telling how long it was.
     */
    public static String of(Object value) {
        return of(value, MAX);
    }

    public static String of(Object value, int max) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        String whole = escaped(s, max);
        if (whole != null) {
            return whole;
        }
        String tail = "…(" + s.length() + " chars)";
        return escaped(s, Math.max(0, max - tail.length()), true) + tail;
    }

    /** The whole of {@code s} escaped when that fits in {@code max} characters, else null. */
    private static String escaped(String s, int max) {
        return s.length() > max ? null : escaped(s, max, false);
    }

    /** As much of {@code s} escaped as fits in {@code max} characters (null when not all of it fits and !clip). */
    private static String escaped(String s, int max, boolean clip) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
            };
            int room = max - b.length();
            boolean pair = e == null && Character.isHighSurrogate(c) && i + 1 < s.length();
            int need = e != null ? e.length() : pair ? 2 : 1;
            if (need > room) {
                return clip ? b.toString() : null; // never half a character or half an escape
            }
            if (e != null) {
                b.append(e);
            } else {
                b.append(c);
                if (pair) {
                    b.append(s.charAt(++i));
                }
            }
        }
        return b.toString();
    }
}
