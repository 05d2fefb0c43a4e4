package hallq.pad.app;

import hallq.pad.clerk.LinkState;
import hallq.pad.clerk.PadState;
import hallq.pad.i18n.Texts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** A red bar while the pad is not connected: the clerk must know the screen shows the last known state. */
final class LinkBanner {
    private final Texts texts;
    private final Label label = new Label();
    private final HBox bar;

    LinkBanner(Texts texts) {
        this.texts = texts;
        label.setId("link-banner");
        label.setWrapText(true);
        bar = new HBox(label);
        bar.getStyleClass().add("link-banner");
    }

    Node node() {
        return bar;
    }

    void render(PadState s) {
        boolean show = s.link() != LinkState.ONLINE;
        bar.setVisible(show);
        bar.setManaged(show);
        bar.getStyleClass().remove("connecting");
        if (s.link() == LinkState.CONNECTING || s.link() == LinkState.SEARCHING) {
            bar.getStyleClass().add("connecting");
            label.setText(texts.get(s.link() == LinkState.SEARCHING ? "link.searching" : "link.connecting"));
        } else if (s.setup() == null) {
            label.setText(texts.get("link.unreachable"));
        } else if (s.pending() != null) {
            label.setText(texts.get("link.offlinePending", texts.get("action." + s.pending())));
        } else {
            label.setText(texts.get("link.offline"));
        }
    }
}
