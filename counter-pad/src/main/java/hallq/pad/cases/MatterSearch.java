package hallq.pad.cases;

import hallq.pad.i18n.Texts;
import hallq.protocol.hall.Matter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The matter search of the case sheet (issue 18) and the visit's matters picker (issue 20): a search field, letter
 * keys for the pinyin initials (a touch pad has no keyboard; characters come from one when the pad has it), digit
 * keys, and the matters found as buttons. The keys type into the search, or into another field the owner points
 * them at ({@link #typeInto}).
 */
public final class MatterSearch {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final Texts texts;
    private final Function<String, List<Matter>> search;
    private final Consumer<Matter> choose;
    private final TextField field = new TextField();
    private final VBox results = new VBox(6);
    private final VBox root;
    private TextField typing = field;

    /** {@code search}: the matters a query finds, best first; {@code choose}: a found matter touched. */
    public MatterSearch(Texts texts, Function<String, List<Matter>> search, Consumer<Matter> choose) {
        this.texts = texts;
        this.search = search;
        this.choose = choose;
        field.setId("matter-search");
        field.setPromptText(texts.get("case.search"));
        field.getStyleClass().add("case-search");
        field.textProperty().addListener((o, was, now) -> showResults());
        field.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                typing = field;
            }
        });
        GridPane keys = new GridPane();
        keys.setHgap(4);
        keys.setVgap(4);
        int i = 0;
        for (char c : LETTERS.toCharArray()) {
            keys.add(key("key-" + c, String.valueOf(c), () -> field.appendText(String.valueOf(c))), i % 9, i / 9);
            i++;
        }
        keys.add(key("key-back", "⌫", () -> {
            String t = typing.getText();
            typing.setText(t.isEmpty() ? t : t.substring(0, t.length() - 1));
        }), 8, 2);
        for (int d = 0; d <= 9; d++) {
            String digit = String.valueOf((d + 1) % 10); // 1 2 ... 9 0, as on a phone
            keys.add(key("digit-" + digit, digit, () -> typing.appendText(digit)), d % 9, 3 + d / 9);
        }
        results.setId("matter-results");
        root = new VBox(8, field, keys, results);
    }

    public Node node() {
        return root;
    }

    public TextField field() {
        return field;
    }

    /** The digit keys and ⌫ type into {@code other} from now on (the letters always search). */
    public void typeInto(TextField other) {
        typing = other;
    }

    /** The field the digit keys type into now. */
    public TextField typing() {
        return typing;
    }

    private static Button key(String id, String text, Runnable r) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("case-key");
        b.setPrefSize(44, 40);
        b.setFocusTraversable(false);
        b.setOnAction(e -> r.run());
        return b;
    }

    /** Shows what the query finds now (again after the list of matters that may be chosen changed). */
    public void showResults() {
        List<Matter> found = search.apply(field.getText());
        results.getChildren().clear();
        if (found.isEmpty() && !field.getText().isBlank()) {
            Label none = new Label(texts.get("case.none"));
            none.setId("matter-none");
            results.getChildren().add(none);
        }
        for (Matter m : found) {
            Button b = new Button(m.name());
            b.setId("matter-" + m.code());
            b.getStyleClass().add("case-result");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setPrefHeight(40);
            b.setFocusTraversable(false);
            b.setOnAction(e -> choose.accept(m));
            results.getChildren().add(b);
        }
    }
}
