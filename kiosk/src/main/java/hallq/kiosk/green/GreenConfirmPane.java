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
        Button confirm = Widgets.button(t.text("green.confirm"), "green-confirm", model::confirmGreen,
                "primary", "green-action");
        back.setMaxWidth(Double.MAX_VALUE);
        confirm.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(back, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(confirm, javafx.scene.layout.Priority.ALWAYS);
        HBox actions = new HBox(back, confirm);
        actions.setSpacing(16);
        root = new VBox(Widgets.spacer(), title, body, question, Widgets.spacer(), actions);
        root.getStyleClass().addAll("screen", "green-confirm");
        root.setAlignment(Pos.CENTER);
    }

    @Override
    public Node node() {
        return root;
    }
}
