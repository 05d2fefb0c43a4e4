package hallq.pad.cases;

import hallq.pad.i18n.Texts;
import hallq.protocol.hall.Matter;
import hallq.protocol.matters.MatterCatalogue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Rating (issue 20, 一次一评、一事一评): the picker of the matters a visit handled. On the left the case sheet's
 * matter search ({@link MatterSearch}) over the hall's matters, the window's zones first; on the right the matters
 * chosen so far, each with its 移除, and the button back to the finish. What is chosen lives in the pad's model:
 * {@code add} and {@code remove} change it, {@code chosen} reads it.
 */
public final class VisitMattersSheet {
    /** The matters shown for a search: as many as the case sheet's, which fit 1024×600. */
    static final int RESULTS = CaseForm.RESULTS;

    private final Texts texts;
    private final MatterCatalogue catalogue;
    private final Collection<String> zones;
    private final Supplier<List<Matter>> chosen;
    private final Predicate<Matter> add;
    private final Consumer<String> remove;
    private final MatterSearch search;
    private final VBox list = new VBox(6);
    private final Label head = new Label();
    private final Label hint = new Label();
    private final HBox root;

    public VisitMattersSheet(Texts texts, MatterCatalogue catalogue, Collection<String> zones,
                             Supplier<List<Matter>> chosen, Predicate<Matter> add, Consumer<String> remove,
                             Runnable done) {
        this.texts = texts;
        this.catalogue = catalogue;
        this.zones = List.copyOf(zones);
        this.chosen = chosen;
        this.add = add;
        this.remove = remove;
        this.search = new MatterSearch(texts, this::find, m -> {
            if (!add.test(m)) {
                hint.setText(texts.get("visit.matters.full", hallq.pad.clerk.PadModel.MAX_MATTERS));
            }
            render();
        });
        VBox left = (VBox) search.node();
        left.setPrefWidth(430);
        left.setMinWidth(430);
        head.setId("visit-matters-chosen");
        head.getStyleClass().add("case-matter");
        hint.setId("visit-matters-hint");
        hint.getStyleClass().add("choice-hint");
        hint.setWrapText(true);
        list.setId("visit-matters-list");
        Button back = new Button(texts.get("visit.matters.done"));
        back.setId("visit-matters-done");
        back.getStyleClass().addAll("choice", "case-confirm");
        back.setMaxWidth(Double.MAX_VALUE);
        back.setPrefHeight(56);
        back.setOnAction(e -> done.run());
        Region fill = new Region();
        VBox.setVgrow(fill, Priority.ALWAYS);
        // ten matters are more than the sheet's height: the list scrolls
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(list);
        scroll.setId("visit-matters-scroll");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(240);
        scroll.setMaxHeight(260);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        VBox right = new VBox(8, head, scroll, hint, fill, back);
        right.setPrefWidth(480);
        HBox.setHgrow(right, Priority.ALWAYS);
        root = new HBox(16, left, right);
        root.setId("visit-matters-sheet");
        render();
    }

    public Node node() {
        return root;
    }

    /** The matters a query finds that are not chosen yet: the window's zones' first, then the others'. */
    private List<Matter> find(String query) {
        List<Matter> taken = chosen.get();
        List<Matter> found = new ArrayList<>();
        for (Collection<String> in : List.of(zones, List.<String>of())) {
            for (Matter m : catalogue.search(query, in, RESULTS + taken.size())) {
                if (found.size() < RESULTS && !found.contains(m)
                        && taken.stream().noneMatch(t -> t.code().equals(m.code()))) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    private void render() {
        List<Matter> now = chosen.get();
        head.setText(texts.get("visit.matters.chosen", now.size(), hallq.pad.clerk.PadModel.MAX_MATTERS));
        list.getChildren().clear();
        for (int i = 0; i < now.size(); i++) {
            Matter m = now.get(i);
            Label name = new Label((i + 1) + ". " + m.name());
            name.setWrapText(true);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Button off = new Button(texts.get("visit.matters.remove"));
            off.setId("visit-remove-" + m.code());
            off.getStyleClass().add("choice");
            off.setFocusTraversable(false);
            off.setOnAction(e -> {
                remove.accept(m.code());
                hint.setText("");
                render();
            });
            HBox row = new HBox(10, name, off);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("visit-matter-" + m.code());
            list.getChildren().add(row);
        }
        if (now.isEmpty()) {
            hint.setText(texts.get("visit.matters.none"));
        } else if (hint.getText().equals(texts.get("visit.matters.none"))) {
            hint.setText("");
        }
        search.showResults();
    }
}
