package hallq.kiosk.notice;

import hallq.kiosk.flow.Screen;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.ui.ScreenPane;
import hallq.kiosk.ui.Widgets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** 暂停取号, 请稍候: no server (or still looking for the hall). Nothing to tap; the kiosk reconnects by itself. */
public final class PausePane implements ScreenPane {
    private final VBox root;

    public PausePane(Screen.Paused s, Texts t) {
        Texts o = Texts.of(Texts.other(t.locale()));
        Label title = Widgets.label(t.text("paused.title"), "message");
        title.setId("paused-title");
        root = new VBox(Widgets.spacer(), title, Widgets.label(o.text("paused.title"), "message-other"),
                Widgets.label(t.text(s.ticketPending() ? "paused.pending"
                        : s.searching() ? "paused.searching" : "paused.body"), "message-other"));
        root.getChildren().add(Widgets.spacer());
        if (s.detail() != null) {
            Label detail = Widgets.label(s.detail(), "staff-detail");
            detail.setId("paused-detail");
            root.getChildren().add(detail);
        }
        root.getStyleClass().addAll("screen", "paused");
        root.setAlignment(Pos.CENTER);
    }

    @Override
    public Node node() {
        return root;
    }
}
