package hallq.kiosk.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What a screen must be for elderly citizens at an 800x480 touch screen and up: body text at least 32 px,
 * the ticket number at least 96 px, every button at least 15 mm both ways, nothing cut off or off screen.
 * Run on the JavaFX thread; returns what is wrong, empty when all is well.
 */
final class LayoutCheck {
    static final double MIN_BODY_PX = 32;
    static final double MIN_NUMBER_PX = 96;
    /** 15 mm on the official 7" Pi screen (800 px over 154 mm = 5.2 px/mm), the densest screen supported. */
    static final double MIN_TOUCH_PX = 78;

    private LayoutCheck() {
    }

    static List<String> problems(Scene scene) {
        List<String> out = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        visit(scene.getRoot(), scene, out);
        return out;
    }

    private static void visit(Node n, Scene scene, List<String> out) {
        visit(n, scene, null, out);
    }

    /** @param button the button this node is drawn in (a zone tile's labels), or null */
    private static void visit(Node n, Scene scene, Button button, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        String name = describe(n);
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() > 0 && (b.getMinX() < -0.5 || b.getMinY() < -0.5
                || b.getMaxX() > scene.getWidth() + 0.5 || b.getMaxY() > scene.getHeight() + 0.5)) {
            out.add(name + " lies outside the " + scene.getWidth() + "x" + scene.getHeight() + " screen: " + b);
        }
        if (button != null && b.getWidth() > 0) {
            Bounds inside = button.localToScene(button.getLayoutBounds());
            if (b.getMinX() < inside.getMinX() - 0.5 || b.getMinY() < inside.getMinY() - 0.5
                    || b.getMaxX() > inside.getMaxX() + 0.5 || b.getMaxY() > inside.getMaxY() + 0.5) {
                out.add(name + " sticks out of its button " + describe(button) + ": " + b + " in " + inside);
            }
        }
        if (n instanceof Text t && "ticket-number".equals(t.getId()) && t.getFont().getSize() < MIN_NUMBER_PX) {
            out.add("the ticket number has " + t.getFont().getSize() + " px text, under " + MIN_NUMBER_PX);
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            double px = l.getFont().getSize();
            boolean staffOnly = l.getStyleClass().contains("staff-detail");
            if (!staffOnly && px < MIN_BODY_PX) {
                out.add(name + " has " + px + " px text, under " + MIN_BODY_PX);
            }
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && !t.getText().equals(l.getText())) {
                out.add(name + " is cut off: shows '" + t.getText() + "'");
            }
        }
        if (n instanceof Button && (b.getWidth() < MIN_TOUCH_PX || b.getHeight() < MIN_TOUCH_PX)) {
            out.add(name + " is a " + Math.round(b.getWidth()) + "x" + Math.round(b.getHeight())
                    + " px touch target, under " + MIN_TOUCH_PX + " px (15 mm)");
        }
        if (n instanceof Parent p && !(n instanceof Labeled)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                visit(c, scene, button, out);
            }
        } else if (n instanceof Labeled l && l.getGraphic() != null) {
            visit(l.getGraphic(), scene, l instanceof Button bt ? bt : button, out);
        }
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l && l.getText() != null ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }
}
