package hallq.pad.rating;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.StrokeLineCap;

/**
 * The face for a 好差评 level, drawn from shapes (no emoji font needed): green and broadly smiling at 5
 * (非常满意), amber and straight-mouthed at 3, red and frowning at 1.
 */
public final class Face {
    private static final Color[] COLORS = {
        Color.web("#d32f2f"), Color.web("#f57c00"), Color.web("#fbc02d"), Color.web("#7cb342"), Color.web("#2e9d4f")};
    /** How far the mouth's middle dips below (smile) or rises above (frown) its corners, in radii. */
    private static final double[] CURVE = {-0.42, -0.22, 0.0, 0.25, 0.45};

    private Face() {
    }

    public static Color color(int level) {
        return COLORS[level - 1];
    }

    public static Node of(int level, double radius) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("level is 1..5, was " + level);
        }
        Circle head = new Circle(radius, color(level));
        head.setStroke(color(level).darker());
        head.setStrokeWidth(radius * 0.05);
        Color ink = Color.web("#263238");
        double eyeY = -radius * 0.22;
        Circle left = new Circle(-radius * 0.33, eyeY, radius * 0.1, ink);
        Circle right = new Circle(radius * 0.33, eyeY, radius * 0.1, ink);
        double curve = CURVE[level - 1] * radius;
        // a frowning mouth sits a little lower so it does not run into the eyes
        double y = radius * (curve < 0 ? 0.5 : 0.28);
        QuadCurve mouth = new QuadCurve(-radius * 0.45, y, 0, y + 2 * curve, radius * 0.45, y);
        mouth.setFill(null);
        mouth.setStroke(ink);
        mouth.setStrokeWidth(radius * 0.09);
        mouth.setStrokeLineCap(StrokeLineCap.ROUND);
        return new Group(head, left, right, mouth);
    }
}
