package hallq.kiosk.green;

import hallq.kiosk.flow.KioskModel;
import hallq.kiosk.flow.Screen;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.ui.ScreenPane;
import hallq.kiosk.ui.Widgets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The green channel's one confirmation: who it is for, which zone, take the ticket or go back. */
public final class GreenConfirmPane implements ScreenPane {
    private final VBox root;

    public GreenConfirmPane(Screen.GreenConfirm s, Texts t, KioskModel model) {
        Label title = Widgets.label(t.text("green.title"), "green-title");
        Label body = Widgets.label(t.text("green.body"), "message-other");
        Label question = Widgets.label(t.text("green.question", s.zone().name()), "message");
        question.setId("green-question");
        Button back = Widgets.button(t.text("action.back"), "green-back", model::back, "secondary");
        back.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(back, javafx.scene.layout.Priority.ALWAYS);
        HBox actions = new HBox(back);
        actions.setSpacing(16);
        Node choice;
        if (s.byCard()) {
            // the card's age made it green: 老年人 already, one tap takes it
            Button confirm = Widgets.button(t.text("green.confirm"), "green-confirm", model::confirmGreen,
                    "primary", "green-action");
            confirm.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(confirm, javafx.scene.layout.Priority.ALWAYS);
            actions.getChildren().add(confirm);
            choice = Widgets.spacer();
        } else {
            // rating (issue 20): the one tap says why, and takes the ticket
            question.setText(t.text("green.reason.question", s.zone().name()));
            choice = reasons(t, model);
            body.setVisible(false);
            body.setManaged(false); // the four buttons say who it is for: room for them on a small screen
        }
        root = new VBox(Widgets.spacer(), title, body, question, choice, Widgets.spacer(), actions);
        root.getStyleClass().addAll("screen", "green-confirm");
        root.setAlignment(Pos.CENTER);
    }

    /** Four big buttons, two by two: 老年人, 残疾人, 孕妇, 其他; each takes the ticket with its reason. */
    private static Node reasons(Texts t, KioskModel model) {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        grid.setAlignment(Pos.CENTER);
        hallq.protocol.GreenReason[] all = hallq.protocol.GreenReason.values();
        for (int i = 0; i < all.length; i++) {
            hallq.protocol.GreenReason r = all[i];
            Button b = Widgets.button(t.text("green.reason." + r.wire()), "green-reason-" + r.wire(),
                    () -> model.confirmGreen(r), "primary", "green-action", "green-reason");
            b.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.GridPane.setHgrow(b, javafx.scene.layout.Priority.ALWAYS);
            grid.add(b, i % 2, i / 2);
        }
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        return grid;
    }

    @Override
    public Node node() {
        return root;
    }
}
