package hallq.pad.app;

import java.util.List;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses a font family that has Chinese glyphs. JavaFX's default may not, and then every label is a row of
 * boxes with nothing failing; so the pad names a CJK family it finds installed (Debian: fonts-noto-cjk, or
 * fonts-wqy-zenhei) and says so once in the log when there is none.
 */
final class PadFonts {
    private static final Logger log = LoggerFactory.getLogger(PadFonts.class);
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC");

    private static String family;

    private PadFonts() {
    }

    /** Whether the chosen family is one known to have Chinese glyphs; call on the JavaFX thread. */
    static boolean hasChinese() {
        return PREFERRED.contains(family());
    }

    /** The family to use; call on the JavaFX thread. */
    static synchronized String family() {
        if (family == null) {
            List<String> installed = Font.getFamilies();
            family = PREFERRED.stream().filter(installed::contains).findFirst().orElse(null);
            if (family == null) {
                log.warn("No Chinese font installed (tried {}); text may show as boxes. Install fonts-noto-cjk",
                        PREFERRED);
                family = Font.getDefault().getFamily();
            } else {
                log.info("Text is drawn with '{}'", family);
            }
        }
        return family;
    }
}
