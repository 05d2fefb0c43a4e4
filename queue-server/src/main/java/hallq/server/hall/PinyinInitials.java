package hallq.server.hall;

import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * A name's pinyin initials for the window's search (不动产登记 → bdcdj), by pinyin4j's table of readings. A character
 * of several readings takes its first (the table's most common); a hall whose name reads otherwise gives the matter's
 * {@code initials} in its file. Latin letters and digits stay (lower case); anything else (brackets, 、) is left out,
 * so that the clerk types only what she would say.
 */
final class PinyinInitials {
    private PinyinInitials() {
    }

    static String of(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    out.append(Character.toLowerCase(c));
                }
                continue;
            }
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                out.append(readings[0].toLowerCase(Locale.ROOT).charAt(0));
            }
        }
        return out.toString();
    }
}
