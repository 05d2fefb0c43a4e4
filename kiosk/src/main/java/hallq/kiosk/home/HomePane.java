package hallq.kiosk.home;

import hallq.kiosk.flow.KioskModel;
import hallq.kiosk.flow.Screen;
import hallq.kiosk.flow.ZoneTile;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.ui.ScreenPane;
import hallq.kiosk.ui.Widgets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/** The home screen: a large button per zone with its waiting count, the 绿色通道, the optional ID number. */
public final class HomePane implements ScreenPane {
    private final BorderPane root = new BorderPane();
    private final Screen.Home shown;
    private final Map<String, Label> counts = new LinkedHashMap<>();

    /**
     * @param portrait taller than wide: fewer tiles across
     * @param compact  little height (800x480): no title row unless the green channel needs naming, and the
     *                 printer notice shrinks into the bottom bar; the tiles say the rest
     */
    public HomePane(Screen.Home home, Texts t, KioskModel model, boolean portrait, boolean compact) {
        this.shown = home;
        root.getStyleClass().addAll("screen", "home");
        if (home.green()) {
            root.getStyleClass().add("green-mode");
        }

        VBox top = new VBox();
        top.setSpacing(6);
        if (!compact || home.green()) {
            Label title = Widgets.label(t.text(home.green() ? "home.title.green" : "home.title"), "title");
            title.setId("home-title");
            title.setMaxWidth(Double.MAX_VALUE);
            HBox topBar = new HBox(title);
            topBar.getStyleClass().add("top-bar");
            top.getChildren().add(topBar);
        }
        // the booking button takes room in the bottom bar: in compact mode the ID button says less (issue 17)
        boolean bookingInBar = home.booking() && !home.green() && !portrait;
        if (home.printerFault() != null && !compact) {
            Label banner = Widgets.label(t.text("home.printerDown", home.printerFault()), "banner");
            banner.setId("printer-notice");
            banner.setMaxWidth(Double.MAX_VALUE);
            top.getChildren().add(banner);
        }
        if (!top.getChildren().isEmpty()) {
            root.setTop(top);
        }

        root.setCenter(grid(home, t, model, portrait));
        BorderPane.setMargin(root.getCenter(), new Insets(top.getChildren().isEmpty() ? 0 : 6, 0, 6, 0));

        HBox bottom = new HBox();
        bottom.getStyleClass().add("bottom-bar");
        Button booking = null;
        if (home.booking() && !home.green()) {
            // check-in (issue 17): the booked citizen's own button, in the main action's colours; first in the bar,
            // or in portrait (narrow) a full-width row of its own above it
            booking = Widgets.button(t.text("home.booking.button"), "check-in", model::checkInTapped,
                    "primary", "booking-button");
            if (!portrait) {
                bottom.getChildren().add(booking);
            }
        }
        if (home.maskedId() == null) {
            bottom.getChildren().add(Widgets.button(t.text(compact && bookingInBar ? "home.id.button.short"
                            : "home.id.button"), "id-entry", model::idEntryTapped,
                    "secondary"));
        } else {
            Label id = Widgets.label(t.text("home.id.entered", home.maskedId()), "id-entered");
            id.setId("id-entered");
            bottom.getChildren().addAll(id, Widgets.button(t.text("home.id.clear"), "id-clear", model::clearId,
                    "secondary"));
        }
        if (home.printerFault() != null && compact) {
            // only a few words fit here; the ticket screen explains the rest
            Label banner = Widgets.label(t.text("home.printerDown.short"), "banner");
            banner.setId("printer-notice");
            banner.setMinWidth(0);
            banner.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(banner, Priority.ALWAYS);
            bottom.getChildren().add(banner);
        } else {
            bottom.getChildren().add(Widgets.spacer());
        }
        bottom.getChildren().add(Widgets.button(t.text("language.toggle"), "language", model::toggleLanguage,
                "secondary"));
        if (booking != null && portrait) {
            booking.setMaxWidth(Double.MAX_VALUE);
            VBox rows = new VBox(booking, bottom);
            rows.setSpacing(6);
            root.setBottom(rows);
        } else {
            root.setBottom(bottom);
        }
    }

    private GridPane grid(Screen.Home home, Texts t, KioskModel model, boolean portrait) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("zone-grid");
        List<Node> tiles = new java.util.ArrayList<>();
        for (ZoneTile z : home.zones()) {
            Label name = Widgets.label(z.name().in(t.locale()), "zone-name");
            Label count = Widgets.label(t.text("home.waiting", z.waiting()), "zone-count");
            counts.put(z.id(), count);
            tiles.add(tile("zone-" + z.id(), () -> model.zoneTapped(z.id()), "zone-tile", name, count));
        }
        if (!home.green()) {
            Label name = Widgets.label(t.text("home.green.name"), "zone-name");
            Label who = Widgets.label(t.text("home.green.who"), "zone-count");
            tiles.add(tile("green", model::greenTapped, "green-tile", name, who));
        } else {
            // where the green tile was, the way back to normal tickets
            Label leave = Widgets.label(t.text("home.green.leave"), "zone-name");
            tiles.add(tile("green-leave", model::back, "leave-tile", leave));
        }
        if (home.zones().isEmpty()) {
            tiles.clear();
            tiles.add(Widgets.label(t.text("home.noZones"), "message"));
        }
        int columns = columns(tiles.size(), portrait);
        int rows = (tiles.size() + columns - 1) / columns;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < tiles.size(); i++) {
            grid.add(tiles.get(i), i % columns, i / columns);
        }
        return grid;
    }

    /** Landscape: three across (two for four tiles or fewer); portrait: two across (one for three or fewer). */
    static int columns(int tiles, boolean portrait) {
        if (portrait) {
            return tiles <= 3 ? 1 : 2;
        }
        return tiles <= 4 ? 2 : tiles <= 9 ? 3 : 4;
    }

    private static Button tile(String id, Runnable action, String styleClass, Label... lines) {
        VBox box = new VBox(lines);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setFillWidth(true);
        for (Label l : lines) {
            l.setMaxWidth(Double.MAX_VALUE);
        }
        Button b = Widgets.button(null, id, action, styleClass);
        b.setMinWidth(0); // the grid decides the width; the labels wrap inside it
        b.setGraphic(box);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        GridPane.setFillWidth(b, true);
        GridPane.setFillHeight(b, true);
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    /** Only the waiting counts changed: new text in the same labels, the buttons stay under the fingers. */
    @Override
    public boolean update(Screen screen, Texts t) {
        if (!(screen instanceof Screen.Home h) || h.green() != shown.green() || h.booking() != shown.booking()
                || !java.util.Objects.equals(h.maskedId(), shown.maskedId())
                || !java.util.Objects.equals(h.printerFault(), shown.printerFault())
                || !h.zones().stream().map(ZoneTile::id).toList().equals(shown.zones().stream().map(ZoneTile::id).toList())
                || !h.zones().stream().map(ZoneTile::name).toList().equals(shown.zones().stream().map(ZoneTile::name).toList())) {
            return false;
        }
        for (ZoneTile z : h.zones()) {
            counts.get(z.id()).setText(t.text("home.waiting", z.waiting()));
        }
        return true;
    }
}
