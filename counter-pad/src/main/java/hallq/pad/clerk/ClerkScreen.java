package hallq.pad.clerk;

import hallq.pad.i18n.Texts;
import java.time.Instant;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The clerk's side of the pad: header, current ticket, this window's queues and figures, the buttons, and the
 * login panel while nobody is logged in. It only renders {@link PadState}s and forwards presses to the model.
 */
public final class ClerkScreen {
    private final PadModel model;
    private final HeaderBar header;
    private final TicketPanel ticket;
    private final QueuePanel queue;
    private final NoticeLine notice;
    private final ActionPad actions;
    private final LoginPanel login;
    private final SheetLayer sheetLayer;
    private final Sheets sheets;
    private final HBox work;
    private final VBox bottom;
    private final StackPane root;
    private final hallq.pad.cases.CallList calls;

    public ClerkScreen(Texts texts, PadModel model) {
        this.model = model;
        header = new HeaderBar(texts, () -> model.perform(PadAction.LOGOUT));
        ticket = new TicketPanel(texts);
        queue = new QueuePanel(texts);
        notice = new NoticeLine(texts);
        actions = new ActionPad(texts, this::pressed);
        login = new LoginPanel(texts, model::login);
        sheetLayer = new SheetLayer(texts);
        sheets = new Sheets(texts, model, sheetLayer);

        HBox.setHgrow(ticket.node(), Priority.ALWAYS);
        ((javafx.scene.layout.Region) ticket.node()).setPrefWidth(560);
        ((javafx.scene.layout.Region) queue.node()).setPrefWidth(420);
        work = new HBox(12, ticket.node(), queue.node());
        StackPane center = new StackPane(work, login.node());
        center.setPadding(new Insets(12, 12, 6, 12));
        bottom = new VBox(8, notice.node(), actions.node());
        bottom.setPadding(new Insets(0, 12, 12, 12));
        BorderPane main = new BorderPane(center, header.node(), null, bottom, null);
        // cases2 (issue 18): the pickup window's 待通知 call list, over everything when open
        calls = new hallq.pad.cases.CallList(texts, model);
        header.addBeforeClerk(calls.button());
        root = new StackPane(main, sheets.node(), calls.node());
    }

    public Node node() {
        return root;
    }

    public void render(PadState s, Instant now) {
        header.render(s);
        login.render(s);
        boolean working = !login.isShown();
        work.setVisible(working);
        actions.node().setVisible(working);
        actions.node().setManaged(working);
        ticket.render(s, now);
        queue.render(s);
        notice.render(s);
        actions.render(s);
        sheetLayer.render(s);
        calls.render(s);
    }

    /** Re-renders what depends on the clock (waiting and serving times). */
    public void tick(PadState s, Instant now) {
        ticket.render(s, now);
    }

    private void pressed(PadAction a) {
        switch (a) {
            case FINISH, TRANSFER, REQUEUE, PAUSE -> sheets.open(a);
            default -> model.perform(a);
        }
    }
}
