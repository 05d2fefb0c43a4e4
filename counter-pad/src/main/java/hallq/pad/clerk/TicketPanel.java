package hallq.pad.clerk;

import hallq.pad.i18n.Texts;
import hallq.protocol.CounterState;
import hallq.protocol.TicketView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The current ticket: its number, the window's state, its zone, and how long it waited and has been served. */
final class TicketPanel {
    private static final List<String> STATE_CLASSES = List.of("state-closed", "state-idle", "state-called",
            "state-serving", "state-paused");

    private final Texts texts;
    private final Label number = new Label();
    private final Label green = new Label();
    private final Label state = new Label();
    private final Label zone = new Label();
    private final Label times = new Label();
    private final Label extra = new Label();
    /** Bookings (contract section 9): a booked citizen's ticket is marked 预约. */
    private final Label booked = new Label();
    /** Rating (issue 20, 一事一评): the matters chosen for this ticket, each rated after the finish. */
    private final Label matters = new Label();
    private final VBox box;

    TicketPanel(Texts texts) {
        this.texts = texts;
        number.setId("ticket-number");
        number.getStyleClass().add("ticket-number");
        green.setText(texts.get("ticket.green"));
        green.getStyleClass().add("green-tag");
        state.setId("ticket-state");
        state.getStyleClass().add("ticket-state");
        zone.getStyleClass().add("ticket-detail");
        times.setId("ticket-times");
        times.getStyleClass().add("ticket-detail");
        extra.setId("ticket-extra");
        extra.getStyleClass().add("ticket-detail");
        booked.setId("ticket-booked");
        booked.setText(texts.get("ticket.booked"));
        booked.getStyleClass().add("booked-tag");
        booked.setVisible(false);
        HBox head = new HBox(16, number, green, booked);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        matters.setId("ticket-matters");
        matters.getStyleClass().add("ticket-detail");
        matters.setWrapText(true);
        box = new VBox(head, state, zone, times, extra, matters);
        box.getStyleClass().add("card");
    }

    Node node() {
        return box;
    }

    void render(PadState s, Instant now) {
        CounterState cs = s.counterState();
        String stateClass = "state-" + cs.wire();
        if (!box.getStyleClass().contains(stateClass)) { // a class taken off and put back restyles the box: a repaint
            box.getStyleClass().removeAll(STATE_CLASSES);
            box.getStyleClass().add(stateClass);
        }
        state.setText(texts.word(cs));
        TicketView t = s.ticket();
        if (t == null) {
            number.setText(texts.get("ticket.none"));
            green.setVisible(false);
            booked.setVisible(false);
            zone.setText("");
            times.setText("");
            String reason = s.counter() == null ? null : s.counter().pauseReason();
            extra.setText(cs == CounterState.PAUSED && reason != null ? texts.get("pause.reason", reason) : "");
            matters.setText("");
            return;
        }
        number.setText(t.number());
        green.setVisible(t.green());
        booked.setVisible(t.booking() != null);
        String zoneName = s.setup() == null ? t.zone() : s.setup().zone(t.zone()).map(texts::word).orElse(t.zone());
        if (t.fromZone() != null && s.setup() != null) {
            zoneName += "  " + texts.get("ticket.transferredFrom",
                    s.setup().zone(t.fromZone()).map(texts::word).orElse(t.fromZone()));
        }
        zone.setText(zoneName);
        times.setText(times(t, cs, now));
        // a pickup (or a return after 补正) names its case, so the clerk hands out the right result
        String recalls = t.recalls() > 0 ? texts.get("ticket.recalls", t.recalls()) : "";
        String linked = t.caseId() != null ? texts.get("ticket.case", t.caseId()) : "";
        extra.setText((linked + "  " + recalls).strip());
        matters.setText(s.matters().isEmpty() ? "" : texts.get("ticket.matters", String.join("、",
                s.matters().stream().map(hallq.protocol.hall.Matter::name).toList())));
    }

    private String times(TicketView t, CounterState cs, Instant now) {
        List<String> parts = new ArrayList<>();
        TicketTimes.waitedSec(t).ifPresent(sec -> parts.add(texts.get("ticket.waited", texts.duration(sec))));
        if (cs == CounterState.SERVING) {
            TicketTimes.servedSec(t, now).ifPresent(sec -> parts.add(texts.get("ticket.served", texts.duration(sec))));
        } else {
            TicketTimes.sinceCallSec(t, now).ifPresent(sec -> parts.add(texts.get("ticket.sinceCall",
                    texts.duration(sec))));
        }
        return String.join("   ", parts);
    }
}
