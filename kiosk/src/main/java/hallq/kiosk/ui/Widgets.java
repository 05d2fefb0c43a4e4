package hallq.kiosk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The few building blocks every screen uses; sizes and colours are in kiosk.css. */
public final class Widgets {
    private Widgets() {
    }

    public static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines grow the label instead of being cut off
        return l;
    }

    /** A button whose words are never cut: it keeps at least the width of its text. */
    public static Button button(String text, String id, Runnable action, String... styleClasses) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().addAll(styleClasses);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setFocusTraversable(false); // a touch screen: no focus ring wandering around
        b.setOnAction(e -> action.run());
        return b;
    }

    public static Region spacer() {
        Region r = new Region();
        javafx.scene.layout.HBox.setHgrow(r, Priority.ALWAYS);
        javafx.scene.layout.VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }
}
