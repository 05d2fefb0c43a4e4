package hallq.kiosk.ticket;

import hallq.kiosk.flow.IssuedTicket;
import hallq.kiosk.flow.KioskModel;
import hallq.kiosk.flow.PrintState;
import hallq.kiosk.flow.Screen;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.ui.KioskFonts;
import hallq.kiosk.ui.ScreenPane;
import hallq.kiosk.ui.Widgets;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/** The ticket: a huge number, the zone, people ahead, the wait, the QR code, and what became of the paper. */
public final class TicketPane implements ScreenPane {
    /** The number's size in root em: 3.2 x 32 px = 102 px at 800x480, never under the 96 px asked for... */
    static final double NUMBER_EM = 3.2;
    /** ... and larger where the screen has the height (1920x1080: 252 px). */
    static final double NUMBER_EM_ROOMY = 4.5;

    private final BorderPane root = new BorderPane();
    private final Screen.TicketShown shown;
    private final Label printNote;

    /** @param compact little height (800x480): the smaller number */
    public TicketPane(Screen.TicketShown s, Texts t, KioskModel model, boolean portrait, boolean compact,
                      double rootFontPx) {
        this.shown = s;
        IssuedTicket ticket = s.ticket();
        VBox card = new VBox();
        card.getStyleClass().add("ticket-card");
        Label zone = Widgets.label(ticket.zoneName().in(t.locale()), "ticket-zone");
        zone.setId("ticket-zone");
        // the green badge sits beside the zone's name, below it only when the line is too short
        FlowPane zoneLine = new FlowPane(rootFontPx * 0.3, 0);
        zoneLine.setAlignment(Pos.CENTER);
        zoneLine.setRowValignment(javafx.geometry.VPos.CENTER);
        if (ticket.green()) {
            zoneLine.getChildren().add(Widgets.label(t.text("ticket.green"), "green-badge"));
        }
        zoneLine.getChildren().add(zone);
        card.getChildren().add(zoneLine);
        // A Text with visual bounds: a Label would add the font's full line height, a third of it empty,
        // which the 800x480 screen cannot spare.
        Text number = new Text(ticket.number());
        number.setId("ticket-number");
        number.getStyleClass().add("ticket-number");
        number.setFont(Font.font(KioskFonts.family(), FontWeight.BOLD, Math.round(rootFontPx * (compact ? NUMBER_EM : NUMBER_EM_ROOMY))));
        number.setBoundsType(TextBoundsType.VISUAL);
        VBox.setMargin(number, new Insets(rootFontPx * 0.15, 0, rootFontPx * 0.2, 0));
        card.getChildren().add(number);
        Label ahead = Widgets.label(t.text(ticket.aheadText()), "ticket-ahead");
        ahead.setId("ticket-ahead");
        card.getChildren().add(ahead);
        if (ticket.waitText() != null) {
            Label wait = Widgets.label(t.text(ticket.waitText()), "ticket-wait");
            wait.setId("ticket-wait");
            card.getChildren().add(wait);
        }

        ImageView qr = new ImageView(QrCodes.image(ticket.statusUrl(), 8));
        qr.setId("ticket-qr");
        qr.setSmooth(false);
        qr.setPreserveRatio(true);
        qr.setFitWidth(Math.round(rootFontPx * (portrait ? 7 : 5.2)));
        Label qrCaption = Widgets.label(t.text("ticket.qr"), "qr-caption");
        qrCaption.setMaxWidth(qr.getFitWidth()); // wraps under the code instead of widening its column
        qrCaption.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox qrBox = new VBox(qr, qrCaption);
        qrBox.getStyleClass().add("qr-box");

        Pane body;
        if (portrait) {
            VBox v = new VBox(card, qrBox);
            v.setSpacing(rootFontPx * 0.6);
            v.setAlignment(Pos.CENTER);
            body = v;
        } else {
            card.setMaxHeight(Region.USE_PREF_SIZE);
            HBox h = new HBox(card, qrBox);
            h.setSpacing(rootFontPx * 0.5);
            h.setAlignment(Pos.CENTER);
            HBox.setHgrow(card, Priority.ALWAYS);
            qrBox.setMinWidth(Region.USE_PREF_SIZE);
            body = h;
        }
        root.setCenter(body);

        // phone2: once a text is asked for, what became of it takes the note's place (unless the paper failed)
        printNote = Widgets.label(t.text(s.smsNote() != null && s.print() != PrintState.FAILED ? s.smsNote()
                : s.printNote()), "print-note");
        printNote.setId("print-note");
        if (s.print() == PrintState.FAILED) {
            printNote.getStyleClass().add("banner");
        }
        printNote.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(printNote, Priority.ALWAYS);
        Button done = Widgets.button(t.text("action.done"), "ticket-done", model::done, "primary");
        done.setWrapText(false);
        done.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(printNote);
        if (s.smsOffer()) {
            Button sms = Widgets.button(t.text("ticket.sms"), "ticket-sms", model::smsTapped, "secondary");
            sms.setWrapText(false);
            sms.setMinWidth(Region.USE_PREF_SIZE);
            bottom.getChildren().add(sms);
        }
        bottom.getChildren().add(done);
        bottom.getStyleClass().add("bottom-bar");
        bottom.setSpacing(rootFontPx * 0.4);
        BorderPane.setMargin(bottom, new Insets(rootFontPx * 0.3, 0, 0, 0));
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
                || (s.print() == PrintState.FAILED) != (shown.print() == PrintState.FAILED)
                || s.smsOffer() != shown.smsOffer()) {
            return false;
        }
        printNote.setText(t.text(s.smsNote() != null && s.print() != PrintState.FAILED ? s.smsNote() : s.printNote()));
        return true;
    }
}
