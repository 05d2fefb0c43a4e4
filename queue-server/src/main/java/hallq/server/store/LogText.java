package hallq.server.store;

/**
 * Text from a record or an exception made fit for one log line: control characters escaped (a logged newline
 * would forge a line) and at most {@link #MAX} characters (contract section 7: no logged field over 200).
 */
final class LogText {
    static final int MAX = 200;

    private LogText() {
    }

    /** {@code s} escaped and clipped to {@link #MAX} characters, "…" marking a cut. */
    static String clip(String s) {
        return clip(s, MAX);
    }

    /** {@code s} escaped and clipped to {@code max} characters, "…" marking a cut; "null" for null. */
    static String clip(String s, int max) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
        for (int i = 0; i < s.length() && b.length() <= max; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        if (b.length() <= max) {
            return b.toString();
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(b.charAt(cut - 1))) {
            cut--; // never half a character
        }
        return b.substring(0, cut) + "…";
    }
}
