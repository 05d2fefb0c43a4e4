package hallq.pad.clerk;

import hallq.pad.i18n.Texts;
import hallq.protocol.ZoneStatus;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** How many wait for this window, zone by zone (green-channel tickets marked), and today's figures. */
final class QueuePanel {
    private final Texts texts;
    private final GridPane rows = new GridPane();
    private final Label served = new Label();
    private final Label average = new Label();
    private final VBox box;

    QueuePanel(Texts texts) {
        this.texts = texts;
        Label title = new Label(texts.get("queue.title"));
        title.getStyleClass().add("card-title");
        rows.setHgap(12);
        rows.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints count = new ColumnConstraints();
        count.setHalignment(HPos.RIGHT);
        rows.getColumnConstraints().addAll(name, count, new ColumnConstraints());
        served.setId("stats-served");
        served.getStyleClass().add("queue-stats");
        average.setId("stats-average");
        average.getStyleClass().add("queue-stats");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        box = new VBox(title, rows, gap, served, average);
        box.getStyleClass().add("card");
    }

    Node node() {
        return box;
    }

    void render(PadState s) {
        rows.getChildren().clear();
        if (s.setup() != null) {
            int row = 0;
            for (ZoneStatus z : s.queues().values()) {
                addRow(row++, z, !s.setup().isOwnZone(z.id()));
            }
        }
        var c = s.counter();
        served.setText(texts.get("stats.served", c == null ? 0 : c.servedToday()));
        average.setText(c == null || c.avgServiceSec() == null ? texts.get("stats.avgNone")
                : texts.get("stats.avg", texts.duration(c.avgServiceSec())));
    }

    private void addRow(int row, ZoneStatus z, boolean also) {
        String name = (texts.isEnglish() && z.nameEn() != null ? z.nameEn() : z.name()) + " " + z.prefix();
        Label zone = new Label(name);
        zone.getStyleClass().add("queue-zone");
        if (also) {
            // served only when the window's own zones are empty: marked so the clerk reads the numbers right
            Label tag = new Label(texts.get("queue.also"));
            tag.getStyleClass().add("queue-also");
            zone.setGraphic(tag);
        }
        Label count = new Label(texts.get("queue.waiting", z.waiting()));
        count.setId("queue-" + z.id());
        count.getStyleClass().add("queue-count");
        Label green = new Label(texts.get("queue.green", z.greenWaiting()));
        green.setId("queue-green-" + z.id());
        green.getStyleClass().add("green-tag");
        green.setVisible(z.greenWaiting() > 0);
        rows.addRow(row, zone, count, green);
    }
}
