package hallq.server.log;

/**
 * A value from outside (a device name, a zone, a report's message) as it may go into the log (contract section 7):
 * at most {@link #MAX} characters, control characters escaped, so that no input can fill the log or forge a line.
 */
public final class LogText {
    public static final int MAX = 200;

    private LogText() {
    }

    /** {@code value} as text, clipped to {@link #MAX} characters (with "…(N chars)" telling how long it was). */
    public static String of(Object value) {
        return of(value, MAX);
    }

    public static String of(Object value, int max) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        int end = Math.min(s.length(), max);
        StringBuilder b = null;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (b == null) {
                    b = new StringBuilder(end + 16).append(s, 0, i);
                }
                switch (c) {
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> b.append(String.format("\\u%04x", (int) c));
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        String clipped = b == null ? s.substring(0, end) : b.toString();
        return s.length() > max ? clipped + "…(" + s.length() + " chars)" : clipped;
    }
}
