package hallq.pad.clerk;

import hallq.pad.i18n.Texts;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The window's name, the hall, who is logged in, and the logout button. */
final class HeaderBar {
    private final Texts texts;
    private final Label title = new Label();
    private final Label hall = new Label();
    private final Label clerk = new Label();
    private final Button logout;
    private final HBox box;

    HeaderBar(Texts texts, Runnable onLogout) {
        this.texts = texts;
        title.getStyleClass().add("header-title");
        hall.getStyleClass().add("header-hall");
        clerk.setId("header-clerk");
        logout = new Button(texts.get("action.logout"));
        logout.setId("action-logout");
        logout.setOnAction(e -> onLogout.run());
        logout.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box = new HBox(title, hall, spacer, clerk, logout);
        box.getStyleClass().add("header");
    }

    Node node() {
        return box;
    }

    /** Cases2 (issue 18): a button of another feature, placed before the clerk's name (the 待通知 list). */
    void addBeforeClerk(Node n) {
        box.getChildren().add(box.getChildren().indexOf(clerk), n);
    }

    void render(PadState s) {
        CounterSetup setup = s.setup();
        if (setup != null) {
            var c = setup.counter();
            title.setText(texts.isEnglish() && c.nameEn() != null ? c.nameEn() : c.name());
            hall.setText(texts.get("header.hall", setup.hallName()));
        }
        var who = s.counter() == null ? null : s.counter().clerk();
        clerk.setText(who == null ? texts.get("header.noClerk") : texts.get("header.clerk", who.name(), who.id()));
        boolean logins = setup != null && setup.clerksLogIn();
        clerk.setVisible(logins);
        logout.setVisible(logins);
        logout.setDisable(!PadAction.LOGOUT.allowedIn(s));
    }
}
