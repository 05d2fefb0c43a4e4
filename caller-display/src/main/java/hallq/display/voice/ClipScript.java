package hallq.display.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which recorded clips say the server's announcement ({@code announce.zh} of the {@code called} event), with
 * {@code 重呼} first for a recall: {@code 请A007号到3号窗口办理} is {@code 请 A 0 0 7 号 到 3 号 窗口 办理}. The
 * sentence is the event's; only the reading is the voice's own, as it speaks from clips, not from text: the
 * ticket number (the first run of Latin letters and digits) digit by digit ({@code 零零七}), as halls do; a
 * later number, the window's, as a number ({@code 十二}). Letters are clips named by the letter; words with no
 * clip are left out (a window named 综合窗口 is said 窗口).
 */
public final class ClipScript {
    public static final String QING = "qing";
    public static final String HAO = "hao";
    public static final String DAO = "dao";
    public static final String WINDOW = "chuangkou";
    public static final String BANLI = "banli";
    public static final String RECALL = "chonghu";
    public static final String TEN = "shi";

    /** The words of a call sentence that have a clip (one or two characters). */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("窗口", WINDOW), Map.entry("办理", BANLI), Map.entry("请", QING), Map.entry("号", HAO),
            Map.entry("到", DAO), Map.entry("十", TEN),
            Map.entry("零", "0"), Map.entry("一", "1"), Map.entry("二", "2"), Map.entry("三", "3"),
            Map.entry("四", "4"), Map.entry("五", "5"), Map.entry("六", "6"), Map.entry("七", "7"),
            Map.entry("八", "8"), Map.entry("九", "9"));

    private ClipScript() {
    }

    /** @param sentence the event's {@code announce.zh}, like {@code 请A007号到3号窗口办理} */
    public static List<String> mandarin(String sentence, boolean recall) {
        List<String> clips = new ArrayList<>();
        if (recall) {
            clips.add(RECALL);
        }
        String s = sentence == null ? "" : sentence.toUpperCase(Locale.ROOT);
        boolean numberSaid = false;
        int i = 0;
        while (i < s.length()) {
            int end = latinRunEnd(s, i);
            if (end > i) {
                String run = s.substring(i, end);
                if (!numberSaid || !run.chars().allMatch(ClipScript::isDigit)) {
                    run.chars().forEach(c -> clips.add(String.valueOf((char) c)));
                } else {
                    clips.addAll(cardinal(run));
                }
                numberSaid = true;
                i = end;
                continue;
            }
            String two = i + 2 <= s.length() ? s.substring(i, i + 2) : "";
            String word = WORDS.containsKey(two) ? two : s.substring(i, i + 1);
            String clip = WORDS.get(word);
            if (clip != null) {
                clips.add(clip);
            }
            i += word.length();
        }
        return clips;
    }

    private static int latinRunEnd(String s, int from) {
        int i = from;
        while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) >= 'A' && s.charAt(i) <= 'Z')) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** 1..99 as a Chinese number (十二, 二十, 二十三); anything else digit by digit. */
    static List<String> cardinal(String digits) {
        String d = digits.replaceFirst("^0+(?=.)", "");
        int n = d.length() <= 2 ? Integer.parseInt(d) : -1;
        if (n < 10) {
            return n < 0 ? d.chars().mapToObj(c -> String.valueOf((char) c)).toList() : List.of(d);
        }
        List<String> out = new ArrayList<>();
        if (n / 10 > 1) {
            out.add(String.valueOf(n / 10));
        }
        out.add(TEN);
        if (n % 10 != 0) {
            out.add(String.valueOf(n % 10));
        }
        return out;
    }
}
