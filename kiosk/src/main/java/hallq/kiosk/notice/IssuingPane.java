package hallq.kiosk.notice;

import hallq.kiosk.flow.Screen;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.ui.ScreenPane;
import hallq.kiosk.ui.Widgets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The moment between the tap and the ticket; says "please wait here" when the server is slow. */
public final class IssuingPane implements ScreenPane {
    private final VBox root;

    public IssuingPane(Screen.Issuing s, Texts t) {
        Label title = Widgets.label(t.text("issuing.title"), "message");
        title.setId("issuing-title");
        root = new VBox(title, Widgets.label(s.zone().name().in(t.locale()), "message-other"));
        if (s.slow()) {
            root.getChildren().add(Widgets.label(t.text("issuing.slow"), "message-other", "problem"));
        }
        root.getStyleClass().addAll("screen", "issuing");
        root.setAlignment(Pos.CENTER);
    }

    @Override
    public Node node() {
        return root;
    }
}
