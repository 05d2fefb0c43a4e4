package hallq.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pixel check that stands in for JavaFX's missing {@code canDisplay}, shown to tell drawn from missing glyphs. */
@ExtendWith(ApplicationExtension.class)
class GlyphCheckTest {

    @Start
    void start(Stage stage) {
    }

    static boolean onFx(String family, String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> GlyphCheck.canDisplay(Font.font(family, 32), text))
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void theKioskFontDrawsChineseAndTheCheckSeesMissingGlyphs() throws Exception {
        String family = KioskFonts.family();
        assertThat(family).as("a CJK font family is installed (Debian: fonts-noto-cjk)").isIn(KioskFonts.PREFERRED);
        assertThat(onFx(family, "法人服务区 绿色通道 暂停取号，请稍候")).isTrue();
        assertThat(onFx(family, "A012 Green channel")).isTrue();
        // private-use code points no font here defines: drawn as the missing-glyph box, which the check must see
        assertThat(onFx(family, "\uF8FE")).isFalse();
        assertThat(onFx(family, "法\uF8F0人")).isFalse();
    }

    @Test
    void theFamilyIsChosenFromThePreferredListOrTheDefaultWithAWarning() {
        assertThat(KioskFonts.choose(Set.of("DejaVu Sans", "WenQuanYi Zen Hei", "Noto Sans CJK SC")))
                .isEqualTo("Noto Sans CJK SC");
        assertThat(KioskFonts.choose(Set.of("DejaVu Sans", "WenQuanYi Zen Hei"))).isEqualTo("WenQuanYi Zen Hei");
        assertThat(KioskFonts.choose(Set.of("DejaVu Sans"))).isNotIn(KioskFonts.PREFERRED);
    }
}
