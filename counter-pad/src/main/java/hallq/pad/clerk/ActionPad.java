package hallq.pad.clerk;

import hallq.pad.i18n.Texts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The big buttons. Each is enabled exactly when its action makes sense ({@link PadAction#allowedIn}); a
 * disabled one cannot be pressed, so nothing is ever silently ignored.
 */
final class ActionPad {
    private static final List<List<PadAction>> ROWS = List.of(
            List.of(PadAction.CALL_NEXT, PadAction.RECALL, PadAction.START, PadAction.FINISH, PadAction.NO_SHOW),
            List.of(PadAction.REQUEUE, PadAction.TRANSFER, PadAction.PAUSE, PadAction.RESUME));

    private final Map<PadAction, Button> buttons = new EnumMap<>(PadAction.class);
    private final GridPane grid = new GridPane();

    ActionPad(Texts texts, Consumer<PadAction> onPress) {
        grid.setHgap(10);
        grid.setVgap(10);
        for (int c = 0; c < 5; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(20);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < ROWS.size(); r++) {
            for (int c = 0; c < ROWS.get(r).size(); c++) {
                PadAction a = ROWS.get(r).get(c);
                Button b = new Button(texts.get("action." + a.op()));
                b.setId("action-" + a.op());
                b.getStyleClass().add("action");
                if (a == PadAction.CALL_NEXT || a == PadAction.FINISH) {
                    b.getStyleClass().add("primary");
                }
                b.setMaxWidth(Double.MAX_VALUE);
                b.setPrefHeight(70);
                b.setFocusTraversable(false);
                b.setOnAction(e -> onPress.accept(a));
                buttons.put(a, b);
                grid.add(b, c, r);
            }
        }
    }

    Node node() {
        return grid;
    }

    void render(PadState s) {
        buttons.forEach((a, b) -> b.setDisable(!a.allowedIn(s)));
    }
}
