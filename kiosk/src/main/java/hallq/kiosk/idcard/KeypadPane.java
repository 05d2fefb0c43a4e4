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
    /** Laid out like a phone's keys; 0 is wide, X (the check character's eleventh value) beside it. */
    private static final String[][] KEYS = {
            {"1", "2", "3"},
            {"4", "5", "6"},
            {"7", "8", "9"},
            {"X", "0"}};

    private final Pane root;

    /** @param readerPresent a card reader is attached: say it can be used instead of typing */
    public KeypadPane(Screen.IdEntry s, Texts t, KioskModel model, boolean portrait, boolean readerPresent) {
        Label title = Widgets.label(t.text("id.title"), "title");
        VBox info = new VBox(title);
        if (readerPresent) {
            info.getChildren().add(Widgets.label(t.text("id.hint"), "message-other"));
        }
        Label digits = Widgets.label(s.digits().isEmpty() ? " " : IdNumberText.grouped(s.digits()), "id-digits");
        digits.setId("id-digits");
        digits.setMaxWidth(Double.MAX_VALUE);
        info.getChildren().add(digits);
        info.setSpacing(6);
        if (s.problem() != null) {
            // the problem replaces the count: it is what matters now, and 800x480 has room for one of them
            Label problem = Widgets.label(t.text(s.problem()), "problem");
            problem.setId("id-problem");
            info.getChildren().add(problem);
        } else {
            info.getChildren().add(Widgets.label(t.text("id.count", s.digits().length()), "id-count"));
        }

        GridPane pad = new GridPane();
        pad.getStyleClass().add("keypad");
        for (int r = 0; r < KEYS.length; r++) {
            for (int c = 0; c < KEYS[r].length; c++) {
                String k = KEYS[r][c];
                Button b = Widgets.button(k, "key-" + k, () -> model.idKey(k.charAt(0)), "key");
                pad.add(b, c, r, k.equals("0") ? 2 : 1, 1);
            }
        }
        pad.add(Widgets.button(t.text("id.delete"), "id-delete", model::idBackspace, "key", "small-key"), 3, 0);
        pad.add(Widgets.button(t.text("id.clear"), "id-clear-digits", model::idClear, "key", "small-key"), 3, 1);
        pad.add(Widgets.button(t.text("action.back"), "id-back", model::back, "secondary"), 3, 2);
        pad.add(Widgets.button(t.text("id.ok"), "id-ok", model::idSubmit, "primary"), 3, 3);
        for (Node n : pad.getChildren()) {
            Button b = (Button) n;
            b.setMinWidth(0); // the grid's columns decide; the layout test sees any word cut off
            b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        for (int c = 0; c < 4; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(c == 3 ? 37 : 21);
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
            // side by side: the number and its problem need the width about as much as the keys do
            GridPane halves = new GridPane();
            halves.setHgap(12);
            for (int c = 0; c < 2; c++) {
                ColumnConstraints cc = new ColumnConstraints();
                cc.setPercentWidth(c == 0 ? 45 : 55);
                halves.getColumnConstraints().add(cc);
            }
            RowConstraints full = new RowConstraints();
            full.setPercentHeight(100);
            halves.getRowConstraints().add(full);
            info.setMinWidth(0);
            halves.add(info, 0, 0);
            halves.add(pad, 1, 0);
            root = halves;
        }
        root.getStyleClass().addAll("screen", "id-entry");
    }

    @Override
    public Node node() {
        return root;
    }
}
