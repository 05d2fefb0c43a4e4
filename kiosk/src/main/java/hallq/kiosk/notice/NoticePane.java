package hallq.kiosk.notice;

import hallq.kiosk.flow.KioskModel;
import hallq.kiosk.flow.Screen;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.ui.ScreenPane;
import hallq.kiosk.ui.Widgets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A refusal or failure: in the chosen language, the other language below it, and a way back. */
public final class NoticePane implements ScreenPane {
    private final VBox root;

    public NoticePane(Screen.Notice s, Texts t, KioskModel model) {
        Label main = Widgets.label(t.text(s.message()), "message");
        main.setId("notice-text");
        Label other = Widgets.label(Texts.of(Texts.other(t.locale())).text(s.message()), "message-other");
        other.setId("notice-other");
        root = new VBox(Widgets.spacer(), main, other, Widgets.spacer(),
                Widgets.button(t.text("action.back"), "notice-back", model::done, "primary"));
        root.getStyleClass().addAll("screen", "notice");
        root.setAlignment(Pos.CENTER);
    }

    @Override
    public Node node() {
        return root;
    }
}
