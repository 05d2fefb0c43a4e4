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

    /** The keys' actions: the ID number's keypad and the 预约取号 one differ only in these and their words. */
    public interface Keys {
        void key(char c);

        void backspace();

        void clear();

        void back();

        void ok();
    }

    /** @param readerPresent a card reader is attached: say it can be used instead of typing */
    public KeypadPane(Screen.IdEntry s, Texts t, KioskModel model, boolean portrait, boolean readerPresent) {
        this(t, portrait, t.text("id.title"), readerPresent ? t.text("id.hint") : null,
                s.digits().isEmpty() ? " " : IdNumberText.grouped(s.digits()),
                s.problem() != null ? t.text(s.problem()) : null, t.text("id.count", s.digits().length()),
                new Keys() {
                    public void key(char c) {
                        model.idKey(c);
                    }

                    public void backspace() {
                        model.idBackspace();
                    }

                    public void clear() {
                        model.idClear();
                    }

                    public void back() {
                        model.back();
                    }

                    public void ok() {
                        model.idSubmit();
                    }
                });
    }

    /**
     * The 预约取号 keypad (issue 17): the booking's code or the ID number, same keys, its own words.
     *
     * @param readerPresent a card reader is attached: say a card checks in too
     */
    public static KeypadPane checkIn(Screen.CheckInEntry s, Texts t, KioskModel model, boolean portrait,
                                     boolean readerPresent) {
        String d = s.digits();
        String shown = d.isEmpty() ? " " : d.length() <= 8 ? groupedCode(d) : IdNumberText.grouped(d);
        return new KeypadPane(t, portrait, t.text("checkin.title"),
                // the problem, when there is one, takes the hint's room (800x480 holds one of them)
                s.problem() != null ? null : t.text(readerPresent ? "checkin.hint.card" : "checkin.hint"), shown,
                s.problem() != null ? t.text(s.problem()) : null, t.text("checkin.count", d.length()),
                new Keys() {
                    public void key(char c) {
                        model.checkInKey(c);
                    }

                    public void backspace() {
                        model.checkInBackspace();
                    }

                    public void clear() {
                        model.checkInClear();
                    }

                    public void back() {
                        model.back();
                    }

                    public void ok() {
                        model.checkInSubmit();
                    }
                });
    }

    /** {@code 1234 5678}: an 8-digit code in two groups, easier to compare with the phone's screen. */
    static String groupedCode(String digits) {
        return digits.length() <= 4 ? digits : digits.substring(0, 4) + " " + digits.substring(4);
    }

    private KeypadPane(Texts t, boolean portrait, String titleText, String hint, String digitsText, String problemText,
                       String countText, Keys keys) {
        Label title = Widgets.label(titleText, "title");
        title.setId("keypad-title");
        VBox info = new VBox(title);
        if (hint != null) {
            info.getChildren().add(Widgets.label(hint, "message-other"));
        }
        Label digits = Widgets.label(digitsText, "id-digits");
        digits.setId("id-digits");
        digits.setMaxWidth(Double.MAX_VALUE);
        info.getChildren().add(digits);
        info.setSpacing(6);
        if (problemText != null) {
            // the problem replaces the count: it is what matters now, and 800x480 has room for one of them
            Label problem = Widgets.label(problemText, "problem");
            problem.setId("id-problem");
            info.getChildren().add(problem);
        } else {
            info.getChildren().add(Widgets.label(countText, "id-count"));
        }

        GridPane pad = new GridPane();
        pad.getStyleClass().add("keypad");
        for (int r = 0; r < KEYS.length; r++) {
            for (int c = 0; c < KEYS[r].length; c++) {
                String k = KEYS[r][c];
                Button b = Widgets.button(k, "key-" + k, () -> keys.key(k.charAt(0)), "key");
                pad.add(b, c, r, k.equals("0") ? 2 : 1, 1);
            }
        }
        pad.add(Widgets.button(t.text("id.delete"), "id-delete", keys::backspace, "key", "small-key"), 3, 0);
        pad.add(Widgets.button(t.text("id.clear"), "id-clear-digits", keys::clear, "key", "small-key"), 3, 1);
        pad.add(Widgets.button(t.text("action.back"), "id-back", keys::back, "secondary"), 3, 2);
        pad.add(Widgets.button(t.text("id.ok"), "id-ok", keys::ok, "primary"), 3, 3);
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
