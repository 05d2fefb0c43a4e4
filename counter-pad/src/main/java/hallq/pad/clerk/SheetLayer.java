package hallq.pad.clerk;

import hallq.pad.i18n.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A choice laid over the clerk's screen (the outcome of a finish, a zone, a no-show, a pause reason). It
 * closes itself when its action stops making sense, e.g. when the link drops while it is open.
 */
final class SheetLayer {
    private final Texts texts;
    private final StackPane layer = new StackPane();
    private PadAction showing;

    SheetLayer(Texts texts) {
        this.texts = texts;
        layer.getStyleClass().add("sheet-backdrop");
        layer.setVisible(false);
        layer.setAlignment(Pos.CENTER);
    }

    Node node() {
        return layer;
    }

    void show(PadAction action, String title, Node content) {
        show(action, title, content, 760);
    }

    /** As above, {@code maxWidth} wide (cases2: the case sheet needs the screen's width). */
    void show(PadAction action, String title, Node content, double maxWidth) {
        Label t = new Label(title);
        t.setId("sheet-title");
        t.getStyleClass().add("sheet-title");
        Button cancel = new Button(texts.get("sheet.cancel"));
        cancel.setId("sheet-cancel");
        cancel.getStyleClass().add("choice");
        cancel.setMaxWidth(Double.MAX_VALUE);
        cancel.setPrefHeight(52);
        cancel.setOnAction(e -> close());
        VBox sheet = new VBox(t, content, cancel);
        sheet.setId("sheet-" + action.op());
        sheet.getStyleClass().add("sheet");
        sheet.setMaxWidth(maxWidth);
        sheet.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        layer.getChildren().setAll(sheet);
        layer.setVisible(true);
        showing = action;
    }

    void close() {
        layer.getChildren().clear();
        layer.setVisible(false);
        showing = null;
    }

    PadAction showing() {
        return showing;
    }

    void render(PadState s) {
        if (showing != null && !showing.allowedIn(s)) {
            close();
        }
    }
}
