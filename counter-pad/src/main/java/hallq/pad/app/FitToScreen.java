package hallq.pad.app;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays the pad out as if its screen were about 1024x600 and scales the result to the real one: the official
 * 7" Pi display (800x480) gets the same screen, a little smaller, and a 10" pad a larger one, instead of
 * a layout that spills over the edge of the small one. The design size is also what the screenshots show.
 */
final class FitToScreen extends Pane {
    static final double DESIGN_WIDTH = 1024;
    static final double DESIGN_HEIGHT = 600;

    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    FitToScreen(Region content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double s = Math.min(w / DESIGN_WIDTH, h / DESIGN_HEIGHT);
        scale.setX(s);
        scale.setY(s);
        // the content fills the whole screen at its own aspect ratio: no bars at the sides
        content.resizeRelocate(0, 0, w / s, h / s);
    }

    @Override
    protected double computePrefWidth(double height) {
        return DESIGN_WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return DESIGN_HEIGHT;
    }
}
