package hallq.pad.cases;

import hallq.pad.clerk.LinkState;
import hallq.pad.clerk.PadModel;
import hallq.pad.clerk.PadState;
import hallq.pad.i18n.Texts;
import hallq.protocol.CaseState;
import hallq.protocol.message.Replies.CaseCall;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The pickup window's 待通知 list (cases2, issue 18): the ready and returned cases whose citizen is still to be told,
 * each with the number to call and a button to mark the call made (op {@code case-notified}, on disk at the
 * server). Shown only at a window serving the hall's pickup zone; the list is asked for afresh each time it opens
 * and after each call, since any window may mark one.
 */
public final class CallList {
    private final Texts texts;
    private final PadModel model;
    private final Button open;
    private final VBox rows = new VBox(8);
    private final StackPane layer = new StackPane();

    public CallList(Texts texts, PadModel model) {
        this.texts = texts;
        this.model = model;
        open = new Button(texts.get("calls.open"));
        open.setId("calls-open");
        open.getStyleClass().add("calls-open");
        open.setFocusTraversable(false);
        open.setVisible(false);
        open.setManaged(false);
        open.setOnAction(e -> show());

        Label title = new Label(texts.get("calls.title"));
        title.getStyleClass().add("sheet-title");
        Button close = new Button(texts.get("calls.close"));
        close.setId("calls-close");
        close.getStyleClass().add("choice");
        close.setMaxWidth(Double.MAX_VALUE);
        close.setPrefHeight(52);
        close.setOnAction(e -> hide());
        rows.setId("calls-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox sheet = new VBox(10, title, scroll, close);
        sheet.setId("sheet-calls");
        sheet.getStyleClass().add("sheet");
        sheet.setMaxWidth(900);
        sheet.setMaxHeight(Region.USE_PREF_SIZE);
        layer.getChildren().add(sheet);
        layer.getStyleClass().add("sheet-backdrop");
        layer.setAlignment(Pos.CENTER);
        layer.setVisible(false);
    }

    public Node button() {
        return open;
    }

    public Node node() {
        return layer;
    }

    public void render(PadState s) {
        boolean here = model.servesPickup();
        open.setVisible(here);
        open.setManaged(here);
        open.setDisable(s.link() != LinkState.ONLINE);
        if (layer.isVisible() && (!here || s.link() != LinkState.ONLINE)) {
            hide();
        }
    }

    private void show() {
        layer.setVisible(true);
        refresh();
    }

    private void hide() {
        layer.setVisible(false);
        rows.getChildren().clear();
    }

    private void refresh() {
        model.fetchCaseCalls().thenAccept(calls -> {
            if (layer.isVisible()) {
                fill(calls);
            }
        });
    }

    private void fill(List<CaseCall> calls) {
        rows.getChildren().clear();
        if (calls.isEmpty()) {
            Label none = new Label(texts.get("calls.none"));
            none.setId("calls-none");
            none.getStyleClass().add("calls-none");
            rows.getChildren().add(none);
        }
        for (CaseCall c : calls) {
            String id = c.caseView().id();
            Label what = new Label(id + "  " + (c.matterName() == null ? "" : c.matterName()) + "\n"
                    + texts.get(c.caseView().state() == CaseState.READY ? "calls.ready" : "calls.returned")
                    + (c.caseView().reason() == null ? "" : "：" + c.caseView().reason()));
            what.getStyleClass().add("calls-what");
            what.setWrapText(true);
            Label phone = new Label(c.phone() == null ? texts.get("calls.noPhone") : c.phone());
            phone.setId("call-phone-" + id);
            phone.getStyleClass().add("calls-phone");
            Button done = new Button(texts.get("calls.done"));
            done.setId("call-done-" + id);
            done.getStyleClass().addAll("choice", "case-confirm");
            done.setPrefHeight(52);
            done.setOnAction(e -> {
                done.setDisable(true);
                model.caseNotified(id).thenAccept(ok -> refresh());
            });
            HBox.setHgrow(what, Priority.ALWAYS);
            what.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(14, what, phone, done);
            row.setId("call-" + id);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("calls-row");
            rows.getChildren().add(row);
        }
    }
}
