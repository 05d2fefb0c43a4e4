package hallq.display.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which recorded clips say a call in Mandarin: {@code 请 A 0 0 7 号 到 3 号 窗口 办理}, with {@code 重呼} first for
 * a recall. The ticket number is read digit by digit ({@code 零零七}), as halls do; the window as a number
 * ({@code 十二}). Letters are clips named by the letter.
 */
public final class ClipScript {
    public static final String QING = "qing";
    public static final String HAO = "hao";
    public static final String DAO = "dao";
    public static final String WINDOW = "chuangkou";
    public static final String BANLI = "banli";
    public static final String RECALL = "chonghu";
    public static final String TEN = "shi";

    private ClipScript() {
    }

    /**
     * @param number the ticket number, like {@code A007}
     * @param window the window's number ({@code 3}, or its name {@code 3号窗口}: the leading digits are read);
     *               a window without a number is said as {@code 窗口} alone
     */
    public static List<String> mandarin(String number, String window, boolean recall) {
        List<String> clips = new ArrayList<>();
        if (recall) {
            clips.add(RECALL);
        }
        clips.add(QING);
        for (char c : number.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                clips.add(String.valueOf(c));
            }
        }
        clips.add(HAO);
        clips.add(DAO);
        String digits = leadingDigits(window == null ? "" : window);
        if (!digits.isEmpty()) {
            clips.addAll(cardinal(digits));
            clips.add(HAO);
        }
        clips.add(WINDOW);
        clips.add(BANLI);
        return clips;
    }

    private static String leadingDigits(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
        }
        return s.substring(0, i);
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
