package hallq.pad.clerk;

import hallq.pad.i18n.Texts;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The one line telling the clerk what the last action did, or why it could not be done. */
final class NoticeLine {
    private final Texts texts;
    private final Label label = new Label();

    NoticeLine(Texts texts) {
        this.texts = texts;
        label.setId("notice");
        label.getStyleClass().add("notice");
        label.setWrapText(true);
    }

    Node node() {
        return label;
    }

    void render(PadState s) {
        Notice n = s.notice();
        label.getStyleClass().removeAll(List.of("info", "warning", "error"));
        if (n == null) {
            label.setText(" ");
            return;
        }
        label.getStyleClass().add(n.level().name().toLowerCase(Locale.ROOT));
        label.setText(texts.notice(n));
    }
}
