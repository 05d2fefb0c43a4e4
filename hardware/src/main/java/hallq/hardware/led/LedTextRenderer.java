package hallq.hardware.led;

import hallq.hardware.text.CjkFont;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Renders any text, Chinese included, into a 1-bit bitmap exactly as tall as the sign, with Java2D
 * and a CJK-capable font. Anti-aliasing is off: an LED is either lit or not.
 */
public final class LedTextRenderer {

    /** Glyphs that set how big the font may be: tall Latin, a descender, and dense ideographs. */
    private static final String SIZING_SAMPLE = "Ag窗号";

    private final int height;
    private final Font font;
    private final int baseline;

    public LedTextRenderer(int height) {
        this.height = height;
        this.font = fitFont(height);
        this.baseline = baselineFor(font, height);
    }

    public int height() {
        return height;
    }

    /** The text as a bitmap as wide as it needs, {@link #height()} tall; an empty string gives width 0. */
    public MonoBitmap render(String text) {
        if (text.isEmpty()) {
            return new MonoBitmap(0, height);
        }
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics metrics = pg.getFontMetrics(font);
        int width = Math.max(1, metrics.stringWidth(text));
        pg.dispose();

        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.WHITE);
            g.setFont(font);
            g.drawString(text, 0, baseline);
        } finally {
            g.dispose();
        }
        MonoBitmap out = new MonoBitmap(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.set(x, y, (img.getRGB(x, y) & 0xFFFFFF) != 0);
            }
        }
        return out;
    }

    /** The largest font whose sample glyphs fit the height. */
    private static Font fitFont(int height) {
        FontRenderContext frc = new FontRenderContext(null, false, false);
        Font best = CjkFont.plain(height);
        for (float size = height * 1.6f; size >= 4f; size -= 0.5f) {
            Font f = CjkFont.plain(size);
            Rectangle2D bounds = f.createGlyphVector(frc, SIZING_SAMPLE).getVisualBounds();
            if (bounds.getHeight() <= height) {
                return f;
            }
        }
        return best;
    }

    /** Puts the sample's ink box inside the rows: its top at row 0 or just below. */
    private static int baselineFor(Font font, int height) {
        FontRenderContext frc = new FontRenderContext(null, false, false);
        GlyphVector gv = font.createGlyphVector(frc, SIZING_SAMPLE);
        Rectangle2D bounds = gv.getVisualBounds();
        int top = (int) Math.floor(bounds.getY()); // negative: ink above the baseline
        int spare = height - (int) Math.ceil(bounds.getHeight());
        return -top + Math.max(0, spare / 2);
    }
}
