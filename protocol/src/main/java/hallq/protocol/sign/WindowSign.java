package hallq.protocol.sign;

import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.TicketView;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a window's LED sign says, from the window as the server describes it. The one rule for every node that
 * drives a sign (the caller display for the windows it is wired to, a counter pad for its own):
 * <ul>
 * <li>a citizen called: the number ({@code 请A007}); called again (a recall): marked ({@code 重呼A007});</li>
 * <li>being served: the number alone;</li>
 * <li>paused: {@code 暂停服务};</li>
 * <li>idle or closed: nothing (the sign is dark).</li>
 * </ul>
 * Texts come from {@code hallq/protocol/sign/sign_*.properties}. Chinese needs a sign at least
 * {@link #CHINESE_MIN_DOTS} dots tall; a lower one gets the Latin texts ({@code A007}, {@code !A007!}).
 */
public final class WindowSign {
    /** The height from which glyphs like 窗 or 重 are legible on a dot matrix. */
    public static final int CHINESE_MIN_DOTS = 16;

    private static final String BUNDLE = "hallq.protocol.sign.sign";

    private final ResourceBundle texts;

    private WindowSign(ResourceBundle texts) {
        this.texts = texts;
    }

    /** The texts for a sign this many dots tall: Chinese from {@link #CHINESE_MIN_DOTS}, else Latin. */
    public static WindowSign forHeight(int dots) {
        return of(dots >= CHINESE_MIN_DOTS ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    public static WindowSign of(Locale locale) {
        return new WindowSign(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The sign's text for this window; "" for a dark sign (also for a window not heard of yet, null). */
    public String text(CounterView window) {
        return window == null ? "" : text(window.state(), window.ticket());
    }

    /** The sign's text for a window in this state holding this ticket (or null). */
    public String text(CounterState state, TicketView ticket) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case CALLED -> ticket == null ? "" : format(ticket.recalls() > 0 ? "sign.recalled" : "sign.called", ticket);
            case SERVING -> ticket == null ? "" : format("sign.serving", ticket);
            case PAUSED -> texts.getString("sign.paused");
            case IDLE, CLOSED -> "";
        };
    }

    private String format(String key, TicketView ticket) {
        return new MessageFormat(texts.getString(key), Locale.ROOT).format(new Object[] {ticket.number()});
    }
}
