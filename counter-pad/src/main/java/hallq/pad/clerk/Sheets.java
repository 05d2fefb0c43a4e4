package hallq.pad.clerk;

import hallq.pad.i18n.Texts;
import hallq.protocol.Outcome;
import hallq.protocol.TicketView;
import hallq.protocol.hall.Zone;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The choices behind finish, transfer, requeue and pause; each ends in one model command. */
final class Sheets {
    private static final List<Outcome> OUTCOMES = List.of(Outcome.DONE, Outcome.ACCEPTED, Outcome.INCOMPLETE,
            Outcome.REJECTED, Outcome.CONSULT);
    /** A first guess for a 承诺件's due date; the clerk sets the real one. */
    private static final int DEFAULT_DUE_DAYS = 5;

    private final Texts texts;
    private final PadModel model;
    private final SheetLayer layer;

    Sheets(Texts texts, PadModel model, SheetLayer layer) {
        this.texts = texts;
        this.model = model;
        this.layer = layer;
    }

    void open(PadAction action) {
        PadState s = model.state();
        switch (action) {
            case FINISH -> finish(s);
            case TRANSFER -> transfer(s);
            case REQUEUE -> requeue();
            case PAUSE -> pause();
            default -> throw new IllegalArgumentException(action + " has no sheet");
        }
    }

    private void finish(PadState s) {
        TicketView t = s.ticket();
        LocalDate today = LocalDate.now(s.setup().hallZone());
        DatePicker due = new DatePicker(today.plusDays(DEFAULT_DUE_DAYS));
        due.setId("due-date");
        due.setEditable(false);
        Button confirm = new Button(texts.get("finish.confirmAccepted"));
        confirm.setId("accepted-confirm");
        confirm.getStyleClass().addAll("choice", "primary");
        confirm.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> due.getValue() == null || due.getValue().isBefore(today), due.valueProperty()));
        confirm.setOnAction(e -> choose(() -> model.finish(Outcome.ACCEPTED, due.getValue())));
        HBox dueRow = new HBox(12, new Label(texts.get("finish.dueDate")), due, confirm);
        dueRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        dueRow.setVisible(false);
        dueRow.setManaged(false);

        ChoiceGrid grid = new ChoiceGrid(2);
        for (Outcome o : OUTCOMES) {
            String text = texts.get("outcome." + o.wire());
            String hint = texts.get("outcome." + o.wire() + ".hint");
            if (o == Outcome.ACCEPTED) {
                // a 承诺件 needs its due date before it is sent
                grid.add("outcome-" + o.wire(), text, hint, () -> {
                    dueRow.setVisible(true);
                    dueRow.setManaged(true);
                });
            } else {
                grid.add("outcome-" + o.wire(), text, hint, () -> choose(() -> model.finish(o, null)));
            }
        }
        layer.show(PadAction.FINISH, texts.get("finish.title", t.number()), new VBox(10, grid.node(), dueRow));
    }

    private void transfer(PadState s) {
        TicketView t = s.ticket();
        ChoiceGrid grid = new ChoiceGrid(2);
        for (Zone z : s.setup().transferTargets(t.zone())) {
            grid.add("zone-" + z.id(), texts.word(z) + " " + z.prefix(), null, () -> choose(() -> model.transfer(z.id())));
        }
        layer.show(PadAction.TRANSFER, texts.get("transfer.title", t.number()), grid.node());
    }

    private void requeue() {
        VBox content = new VBox(10);
        layer.show(PadAction.REQUEUE, texts.get("requeue.title"), content);
        // the list is asked for afresh: another window may have requeued a number meanwhile
        model.fetchNoShows().thenAccept(numbers -> {
            if (layer.showing() != PadAction.REQUEUE) {
                return;
            }
            if (numbers.isEmpty()) {
                content.getChildren().setAll(new Label(texts.get("requeue.none")));
                return;
            }
            ChoiceGrid grid = new ChoiceGrid(4);
            for (String n : numbers) {
                grid.add("noshow-" + n, n, null, () -> choose(() -> model.requeue(n)));
            }
            content.getChildren().setAll(grid.node());
        });
    }

    private void pause() {
        ChoiceGrid grid = new ChoiceGrid(2);
        List<String> reasons = texts.pauseReasons();
        for (int i = 0; i < reasons.size(); i++) {
            String r = reasons.get(i);
            grid.add("reason-" + i, r, null, () -> choose(() -> model.pause(r)));
        }
        layer.show(PadAction.PAUSE, texts.get("pause.title"), grid.node());
    }

    private void choose(Runnable command) {
        layer.close();
        command.run();
    }

    Node node() {
        return layer.node();
    }
}
