package hallq.pad.clerk;

import hallq.pad.cases.CaseForm;
import hallq.pad.cases.CaseKind;
import hallq.pad.cases.CaseSheet;
import hallq.pad.i18n.Texts;
import hallq.protocol.Outcome;
import hallq.protocol.TicketView;
import hallq.protocol.hall.Zone;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The choices behind finish, transfer, requeue and pause; each ends in one model command. */
final class Sheets {
    private static final List<Outcome> OUTCOMES = List.of(Outcome.DONE, Outcome.ACCEPTED, Outcome.INCOMPLETE,
            Outcome.REJECTED, Outcome.CONSULT);

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
        ChoiceGrid grid = new ChoiceGrid(2);
        for (Outcome o : OUTCOMES) {
            String text = texts.get("outcome." + o.wire());
            String hint = texts.get("outcome." + o.wire() + ".hint");
            if (o == Outcome.ACCEPTED) {
                // cases2 (issue 18): a 承诺件 opens the case sheet (matter, due date, receipt)
                grid.add("outcome-" + o.wire(), text, hint, () -> caseSheet(s, CaseKind.PROMISE));
            } else if (o == Outcome.INCOMPLETE) {
                grid.add("outcome-" + o.wire(), text, hint, () -> caseSheet(s, CaseKind.INCOMPLETE));
            } else {
                grid.add("outcome-" + o.wire(), text, hint, () -> choose(() -> model.finish(o, null)));
            }
        }
        // cases2 (issue 18): 容缺受理, accepted with materials to follow
        grid.add("outcome-waived", texts.get("outcome.waived"), texts.get("outcome.waived.hint"),
                () -> caseSheet(s, CaseKind.WAIVED));
        // rating (issue 20, 一事一评): the matters handled, each rated after the finish
        int n = s.matters().size();
        grid.add("visit-matters", n == 0 ? texts.get("visit.matters") : texts.get("visit.matters.count", n),
                n == 0 ? null : String.join("、", s.matters().stream().map(hallq.protocol.hall.Matter::name).toList()),
                () -> visitMatters(s));
        layer.show(PadAction.FINISH, texts.get("finish.title", t.number()), grid.node());
    }

    /** Rating (issue 20): the picker of the visit's matters over the hall's matters; back to the outcomes after. */
    private void visitMatters(PadState s) {
        TicketView t = s.ticket();
        List<String> zones = s.setup().servedZones().stream().map(Zone::id).toList();
        model.fetchMatters().thenAccept(catalogue -> {
            if (layer.showing() != PadAction.FINISH) {
                return; // closed meanwhile
            }
            hallq.pad.cases.VisitMattersSheet sheet = new hallq.pad.cases.VisitMattersSheet(texts, catalogue, zones,
                    () -> model.state().matters(), model::addMatter, model::removeMatter,
                    () -> finish(model.state()));
            layer.show(PadAction.FINISH, texts.get("visit.matters.title", t.number()), sheet.node(), 1000);
        });
    }

    /** Cases2 (issue 18): the case sheet of {@code kind} over the hall's matters, once they are known. */
    private void caseSheet(PadState s, CaseKind kind) {
        TicketView t = s.ticket();
        List<String> zones = s.setup().servedZones().stream().map(Zone::id).toList();
        LocalDate today = LocalDate.now(s.setup().hallZone());
        model.fetchMatters().thenAccept(catalogue -> {
            if (layer.showing() != PadAction.FINISH) {
                return; // closed meanwhile
            }
            CaseForm form = new CaseForm(kind, catalogue, zones, model.workingDays(), today);
            CaseSheet sheet = new CaseSheet(texts, form, (f, phone) -> choose(() -> model.finish(f, phone)));
            layer.show(PadAction.FINISH, texts.get("case.title." + kind.name().toLowerCase(), t.number()),
                    sheet.node(), 1000);
        });
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
