package hallq.kiosk.ticket;

import hallq.kiosk.flow.IssuedTicket;
import hallq.kiosk.flow.KioskModel;
import hallq.kiosk.flow.PrintState;
import hallq.kiosk.flow.Screen;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.ui.ScreenPane;
import hallq.kiosk.ui.Widgets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The ticket: a huge number, the zone, people ahead, the wait, the QR code, and what became of the paper. */
public final class TicketPane implements ScreenPane {
    private final BorderPane root = new BorderPane();
    private final Screen.TicketShown shown;
    private final Label printNote;

    public TicketPane(Screen.TicketShown s, Texts t, KioskModel model, boolean portrait, double rootFontPx) {
        this.shown = s;
        IssuedTicket ticket = s.ticket();
        VBox card = new VBox();
        card.getStyleClass().add("ticket-card");
        card.getChildren().add(Widgets.label(t.text("ticket.yourNumber"), "ticket-caption"));
        Label number = Widgets.label(ticket.number(), "ticket-number");
        number.setId("ticket-number");
        number.setWrapText(false);
        card.getChildren().add(number);
        if (ticket.green()) {
            card.getChildren().add(Widgets.label(t.text("ticket.green"), "green-badge"));
        }
        Label zone = Widgets.label(ticket.zoneName().in(t.locale()), "ticket-zone");
        zone.setId("ticket-zone");
        Label ahead = Widgets.label(t.text(ticket.aheadText()), "ticket-ahead");
        ahead.setId("ticket-ahead");
        card.getChildren().addAll(zone, ahead);
        if (ticket.waitText() != null) {
            Label wait = Widgets.label(t.text(ticket.waitText()), "ticket-wait");
            wait.setId("ticket-wait");
            card.getChildren().add(wait);
        }

        ImageView qr = new ImageView(QrCodes.image(ticket.statusUrl(), 8));
        qr.setId("ticket-qr");
        qr.setSmooth(false);
        qr.setPreserveRatio(true);
        qr.setFitWidth(Math.round(rootFontPx * (portrait ? 8 : 5.6)));
        VBox qrBox = new VBox(qr, Widgets.label(t.text("ticket.qr"), "qr-caption"));
        qrBox.getStyleClass().add("qr-box");

        Pane body = portrait ? new VBox(card, qrBox) : new HBox(card, qrBox);
        if (body instanceof HBox h) {
            h.setSpacing(rootFontPx * 0.6);
            h.setAlignment(Pos.CENTER);
            HBox.setHgrow(card, Priority.ALWAYS);
        } else {
            ((VBox) body).setSpacing(rootFontPx * 0.6);
            ((VBox) body).setAlignment(Pos.CENTER);
        }
        root.setCenter(body);

        printNote = Widgets.label(t.text(s.printNote()), "print-note");
        printNote.setId("print-note");
        if (s.print() == PrintState.FAILED) {
            printNote.getStyleClass().add("banner");
        }
        printNote.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(printNote, Priority.ALWAYS);
        Button done = Widgets.button(t.text("action.done"), "ticket-done", model::done, "primary");
        done.setMinWidth(rootFontPx * 4);
        HBox bottom = new HBox(printNote, done);
        bottom.getStyleClass().add("bottom-bar");
        bottom.setSpacing(rootFontPx * 0.4);
        BorderPane.setMargin(bottom, new javafx.geometry.Insets(rootFontPx * 0.3, 0, 0, 0));
        root.setBottom(bottom);
        root.getStyleClass().addAll("screen", "ticket");
        if (ticket.green()) {
            root.getStyleClass().add("green-ticket");
        }
    }

    @Override
    public Node node() {
        return root;
    }

    /** The paper's fate arrived (printed / failed): only the note changes; the number must not flicker. */
    @Override
    public boolean update(Screen screen, Texts t) {
        if (!(screen instanceof Screen.TicketShown s) || !s.ticket().equals(shown.ticket())
                || (s.print() == PrintState.FAILED) != (shown.print() == PrintState.FAILED)) {
            return false;
        }
        printNote.setText(t.text(s.printNote()));
        return true;
    }
}
