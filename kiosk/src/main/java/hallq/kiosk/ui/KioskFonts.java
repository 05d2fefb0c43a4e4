package hallq.kiosk.ui;

import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the font family every kiosk text uses. JavaFX's default "System" font has no Chinese glyphs on a
 * bare Debian or Raspberry Pi OS; a CJK family must be named explicitly (Debian: fonts-noto-cjk, or the
 * smaller fonts-wqy-zenhei). {@link GlyphCheck} is how a test proves the result really draws Chinese.
 */
public final class KioskFonts {
    private static final Logger log = LoggerFactory.getLogger(KioskFonts.class);

    /** Preferred first: Noto Sans CJK SC has bold, which the ticket number wants. */
    static final List<String> PREFERRED = List.of(
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback",
            "Microsoft YaHei", "PingFang SC", "Noto Sans CJK TC", "Noto Sans CJK JP");

    private static volatile String family;

    private KioskFonts() {
    }

    /** The chosen family; JavaFX's default family (with a warning) when no CJK family is installed. */
    public static String family() {
        String f = family;
        if (f == null) {
            synchronized (KioskFonts.class) {
                if (family == null) {
                    family = choose(Set.copyOf(Font.getFamilies()));
                }
                f = family;
            }
        }
        return f;
    }

    static String choose(Set<String> installed) {
        for (String candidate : PREFERRED) {
            if (installed.contains(candidate)) {
                log.info("Kiosk text uses font '{}'", candidate);
                return candidate;
            }
        }
        String fallback = Font.getDefault().getFamily();
        log.warn("No Chinese font installed (Debian: apt-get install fonts-noto-cjk); Chinese text may show as boxes."
                + " Falling back to '{}'", fallback);
        return fallback;
    }
}
