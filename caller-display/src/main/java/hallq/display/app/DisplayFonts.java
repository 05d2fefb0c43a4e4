package hallq.display.app;

import java.util.List;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A font family with Chinese glyphs (Debian fonts-noto-cjk, or fonts-wqy-zenhei): JavaFX's default may have
 * none, and then every label is a row of boxes with nothing failing.
 */
public final class DisplayFonts {
    private static final Logger log = LoggerFactory.getLogger(DisplayFonts.class);
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC");
    private static String family;

    private DisplayFonts() {
    }

    /** Whether the chosen family is one known to have Chinese glyphs; call on the JavaFX thread. */
    public static boolean hasChinese() {
        return PREFERRED.contains(family());
    }

    public static synchronized String family() {
        if (family == null) {
            List<String> installed = Font.getFamilies();
            family = PREFERRED.stream().filter(installed::contains).findFirst().orElse(null);
            if (family == null) {
                log.warn("No Chinese font installed (tried {}); install fonts-noto-cjk", PREFERRED);
                family = Font.getDefault().getFamily();
            }
        }
        return family;
    }
}
