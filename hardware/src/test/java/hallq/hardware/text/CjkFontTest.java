package hallq.hardware.text;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese must really be drawn: Java2D silently draws boxes or nothing when a font lacks the glyphs. */
class CjkFontTest {

    @Test
    void theChosenFontCanDisplayTheTicketAndSignTexts() {
        Font font = CjkFont.plain(24);
        // Fails on a machine without a CJK font: CI must install fonts-noto-cjk (or fonts-wqy-zenhei).
        assertThat(CjkFont.family()).as("a real CJK family, not the logical fallback").isNotEqualTo(Font.SANS_SERIF);
        for (String text : new String[]{CjkFont.SAMPLE, "前面还有 3 人", "扫码查看排队进度", "请A007号到3号窗口", "非常不满意",
                "取号时间", "滨江区政务服务中心", "不动产登记"}) {
            assertThat(font.canDisplayUpTo(text)).as("can display '%s'", text).isEqualTo(-1);
        }
    }

    @Test
    void twoDifferentChineseCharactersDrawDifferentInk() {
        int[] man = draw("满");
        int[] yi = draw("意");
        int[] missing = draw("\uDB80\uDC00"); // a private-use code point no font has: the "missing glyph" look
        assertThat(ink(man)).isGreaterThan(40);
        assertThat(ink(yi)).isGreaterThan(40);
        assertThat(man).isNotEqualTo(yi);
        assertThat(man).as("not the missing-glyph box").isNotEqualTo(missing);
        assertThat(Arrays.equals(yi, missing)).isFalse();
    }

    private static int[] draw(String s) {
        BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.WHITE);
        g.setFont(CjkFont.plain(32));
        g.drawString(s, 2, 32);
        g.dispose();
        return img.getRGB(0, 0, 40, 40, null, 0, 40);
    }

    private static int ink(int[] pixels) {
        return (int) Arrays.stream(pixels).filter(p -> (p & 0xFFFFFF) != 0).count();
    }
}
