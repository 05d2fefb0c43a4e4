package hallq.pad.clerk;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Big choice buttons in columns, for the sheets. */
final class ChoiceGrid {
    private final GridPane grid = new GridPane();
    private final int columns;
    private int count;

    ChoiceGrid(int columns) {
        this.columns = columns;
        grid.setHgap(10);
        grid.setVgap(10);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
    }

    GridPane node() {
        return grid;
    }

    Button add(String id, String text, String hint, Runnable onChoose) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("choice");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setPrefHeight(hint == null ? 58 : 70);
        b.setFocusTraversable(false);
        if (hint != null) {
            Label main = new Label(text);
            Label sub = new Label(hint);
            sub.getStyleClass().add("choice-hint");
            VBox both = new VBox(2, main, sub);
            both.setAlignment(javafx.geometry.Pos.CENTER);
            b.setGraphic(both);
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        b.setOnAction(e -> onChoose.run());
        grid.add(b, count % columns, count / columns);
        count++;
        return b;
    }
}
