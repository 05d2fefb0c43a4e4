package hallq.kiosk.ui;

import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Whether a font really draws given characters, judged by pixels: a character the font (and JavaFX's
 * fallback) lacks is drawn as the same empty box as a code point that exists in no font. JavaFX has no
 * {@code canDisplay}, and a family name alone proves nothing. Call on the JavaFX thread.
 */
public final class GlyphCheck {
    /** A private-use code point no font used here defines: what "missing glyph" looks like. */
    static final String MISSING = "\uF8FF";

    private GlyphCheck() {
    }

    /** True when every character of {@code text} draws as something other than the missing-glyph box or nothing. */
    public static boolean canDisplay(Font font, String text) {
        int[] missing = pixels(font, MISSING);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            int[] glyph = pixels(font, new String(Character.toChars(cp)));
            if (blank(glyph) || java.util.Arrays.equals(glyph, missing)) {
                return false;
            }
        }
        return true;
    }

    private static int[] pixels(Font font, String s) {
        Text t = new Text(s);
        t.setFont(font);
        t.setFill(Color.BLACK);
        // a fixed canvas so two glyphs compare pixel by pixel whatever their advance width
        double size = Math.ceil(font.getSize() * 1.6);
        StackPane box = new StackPane(t);
        box.setMinSize(size, size);
        box.setMaxSize(size, size);
        box.setStyle("-fx-background-color: white;");
        new Scene(box, size, size);
        box.applyCss();
        box.layout();
        Image img = box.snapshot(new SnapshotParameters(), null);
        PixelReader r = img.getPixelReader();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = r.getArgb(x, y);
            }
        }
        return out;
    }

    private static boolean blank(int[] px) {
        for (int p : px) {
            if (p != px[0]) {
                return false;
            }
        }
        return true;
    }
}
