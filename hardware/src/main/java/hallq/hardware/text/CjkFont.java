package hallq.hardware.text;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

/**
 * Picks a Java2D font that really has Chinese glyphs. Without one, Java2D draws empty boxes and
 * nothing fails, so the choice is checked with {@link Font#canDisplayUpTo} and logged once.
 * Debian packages: fonts-noto-cjk (or fonts-wqy-zenhei).
 */
public final class CjkFont {

    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

    /** Characters every ticket and sign uses; a font must have all of them. */
    static final String SAMPLE = "前面还有人号请到窗口非常满意绿色通道等候";

    private static final List<String> PREFERRED = List.of(
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC",
            "Noto Sans CJK TC", "Noto Sans CJK JP");

    private static volatile String family;

    private CjkFont() {
    }

    /** A plain font of the chosen family at the given pixel size. */
    public static Font plain(float size) {
        return new Font(family(), Font.PLAIN, 1).deriveFont(size);
    }

    public static Font bold(float size) {
        return new Font(family(), Font.BOLD, 1).deriveFont(size);
    }

    /** The chosen family name; "SansSerif" (logical) when no preferred family is installed. */
    public static String family() {
        String f = family;
        if (f == null) {
            synchronized (CjkFont.class) {
                if (family == null) {
                    family = choose();
                }
                f = family;
            }
        }
        return f;
    }

    private static String choose() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String candidate : PREFERRED) {
            if (installed.contains(candidate) && new Font(candidate, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
                log.info("Chinese text is drawn with font '{}'", candidate);
                return candidate;
            }
        }
        // The logical font maps through fontconfig and may still find a CJK face.
        if (new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
            log.info("Chinese text is drawn with the logical font SansSerif");
        } else {
            log.warn("No installed font can draw Chinese; tickets previews and LED text will show boxes. "
                    + "Install the Debian package fonts-noto-cjk");
        }
        return Font.SANS_SERIF;
    }
}
