package hallq.kiosk.idcard;

import hallq.kiosk.flow.KioskModel;
import hallq.kiosk.flow.Screen;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.ui.ScreenPane;
import hallq.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The on-screen keypad for the ID number: the number so far in the card's grouping, how many digits,
 * and in plain words what is wrong with it. Keys are laid out like a phone's, X next to 0.
 */
public final class KeypadPane implements ScreenPane {
    private static final String[][] KEYS = {
            {"1", "2", "3"},
            {"4", "5", "6"},
            {"7", "8", "9"},
            {"X", "0", null}};

    private final Pane root;

    public KeypadPane(Screen.IdEntry s, Texts t, KioskModel model, boolean portrait) {
        Label title = Widgets.label(t.text("id.title"), "title");
        Label hint = Widgets.label(t.text("id.hint"), "message-other");
        Label digits = Widgets.label(s.digits().isEmpty() ? " " : IdNumber.grouped(s.digits()), "id-digits");
        digits.setId("id-digits");
        digits.setMaxWidth(Double.MAX_VALUE);
        Label count = Widgets.label(t.text("id.count", s.digits().length()), "id-count");
        VBox info = new VBox(title, hint, digits, count);
        info.setSpacing(6);
        if (s.problem() != null) {
            Label problem = Widgets.label(t.text(s.problem()), "problem");
            problem.setId("id-problem");
            info.getChildren().add(problem);
        }

        GridPane pad = new GridPane();
        pad.getStyleClass().add("keypad");
        for (int r = 0; r < KEYS.length; r++) {
            for (int c = 0; c < KEYS[r].length; c++) {
                String k = KEYS[r][c];
                if (k == null) {
                    continue;
                }
                Button b = Widgets.button(k, "key-" + k, () -> model.idKey(k.charAt(0)), "key");
                b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                pad.add(b, c, r);
            }
        }
        Button delete = Widgets.button(t.text("id.delete"), "id-delete", model::idBackspace, "key", "small-key");
        Button clear = Widgets.button(t.text("id.clear"), "id-clear-digits", model::idClear, "key", "small-key");
        Button back = Widgets.button(t.text("action.back"), "id-back", model::back, "secondary");
        Button ok = Widgets.button(t.text("id.ok"), "id-ok", model::idSubmit, "primary");
        pad.add(delete, 2, 3);
        pad.add(clear, 3, 0);
        pad.add(back, 3, 1);
        pad.add(ok, 3, 2, 1, 2);
        for (Button b : new Button[] {delete, clear, back, ok}) {
            b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        for (int c = 0; c < 4; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(c == 3 ? 31 : 23);
            pad.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 4; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(25);
            rc.setVgrow(Priority.ALWAYS);
            pad.getRowConstraints().add(rc);
        }

        if (portrait) {
            VBox.setVgrow(pad, Priority.ALWAYS);
            root = new VBox(info, pad);
        } else {
            info.setPrefWidth(0);
            HBox.setHgrow(info, Priority.ALWAYS);
            HBox.setHgrow(pad, Priority.ALWAYS);
            pad.setPrefWidth(0);
            root = new HBox(info, pad);
        }
        root.getStyleClass().addAll("screen", "id-entry");
    }

    @Override
    public Node node() {
        return root;
    }
}
