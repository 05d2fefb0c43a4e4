package hallq.pad.cases;

import hallq.pad.i18n.Texts;
import hallq.protocol.hall.Matter;
import hallq.protocol.message.Requests;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The case sheet's screen (issue 18) over a {@link CaseForm}: on the left the matter search ({@link MatterSearch}:
 * letter keys for the pinyin initials, the matters found); on the right the chosen matter, its materials as toggles (缺 / 后补), the dates and the one button that
 * sends. Every change re-renders from the form, which alone decides what may be sent.
 */
public final class CaseSheet {
    private final Texts texts;
    private final CaseForm form;
    private final java.util.function.BiConsumer<Requests.Finish, String> send;
    /** The matter search; its digit keys type into the phone once that was touched. */
    private final MatterSearch search;
    private final TextField phone = new TextField();
    private final Label matterLine = new Label();
    private final FlowPane materials = new FlowPane(8, 8);
    private final DatePicker due = new DatePicker();
    private final DatePicker waivedDue = new DatePicker();
    private final Label problem = new Label();
    private final Button confirm = new Button();
    private final HBox root;

    /** {@code send}: the finish, and the phone to give the case once it is open (or null). */
    public CaseSheet(Texts texts, CaseForm form, java.util.function.BiConsumer<Requests.Finish, String> send) {
        this.texts = texts;
        this.form = form;
        this.send = send;
        this.search = new MatterSearch(texts, form::search, m -> {
            form.choose(m);
            render();
        });
        root = new HBox(16, left(), right());
        root.setId("case-sheet");
        render();
    }

    public Node node() {
        return root;
    }

    public CaseForm form() {
        return form;
    }

    private Node left() {
        phone.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                search.typeInto(phone);
            }
        });
        search.field().focusedProperty().addListener((o, was, now) -> {
            if (now) {
                search.typeInto(search.field());
            }
        });
        Node left = search.node();
        ((VBox) left).setPrefWidth(430);
        ((VBox) left).setMinWidth(430);
        left.setVisible(form.hasCatalogue());
        left.setManaged(form.hasCatalogue());
        return left;
    }

    private Node right() {
        matterLine.setId("case-matter");
        matterLine.getStyleClass().add("case-matter");
        matterLine.setWrapText(true);
        Label head = new Label(texts.get("case.materials") + (form.kind().marksMaterials()
                ? "：" + texts.get("case.materials.mark." + form.kind().name().toLowerCase()) : ""));
        head.getStyleClass().add("choice-hint");
        materials.setId("case-materials");
        ScrollPane scroll = new ScrollPane(materials);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(150);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox right = new VBox(8, matterLine, head, scroll);
        if (form.kind().marksMaterials()) {
            TextField typed = new TextField();
            typed.setId("material-new");
            typed.setPromptText(texts.get("case.add"));
            HBox.setHgrow(typed, Priority.ALWAYS);
            Button add = new Button(texts.get("case.addButton"));
            add.setId("material-add");
            add.getStyleClass().add("choice");
            add.setOnAction(e -> {
                if (form.add(typed.getText())) {
                    typed.clear();
                    render();
                }
            });
            right.getChildren().add(new HBox(8, typed, add));
        }
        // the citizen's mobile number: the result's text, or the pickup window's call
        phone.setId("case-phone");
        phone.setPromptText(texts.get("case.phoneHint"));
        phone.setPrefColumnCount(11);
        phone.textProperty().addListener((o, was, now) -> {
            form.setPhone(now);
            render();
        });
        HBox phoneRow = new HBox(10, new Label(texts.get("case.phone") + "："), phone);
        phoneRow.setAlignment(Pos.CENTER_LEFT);
        if (form.kind() != CaseKind.INCOMPLETE) {
            right.getChildren().add(phoneRow);
        }
        if (form.kind() != CaseKind.INCOMPLETE) {
            right.getChildren().add(dateRow(texts.get("case.due"), due, "due-date", form::setDueDate));
        }
        if (form.kind() == CaseKind.WAIVED) {
            right.getChildren().add(dateRow(texts.get("case.waivedDue"), waivedDue, "waived-due",
                    form::setWaivedDue));
        }
        problem.setId("case-problem");
        problem.getStyleClass().add("case-problem");
        confirm.setId("case-confirm");
        confirm.setText(texts.get("case.confirm." + form.kind().name().toLowerCase()));
        confirm.getStyleClass().addAll("choice", "case-confirm");
        confirm.setMaxWidth(Double.MAX_VALUE);
        confirm.setPrefHeight(56);
        confirm.setOnAction(e -> {
            if (form.problem() == null) {
                send.accept(form.finish(), form.phoneToSend());
            }
        });
        Region fill = new Region();
        VBox.setVgrow(fill, Priority.ALWAYS);
        right.getChildren().addAll(fill, problem, confirm);
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setPrefWidth(480);
        return right;
    }

    private HBox dateRow(String label, DatePicker picker, String id, Consumer<LocalDate> set) {
        picker.setId(id);
        picker.setEditable(false);
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, null)); // 2026-12-07, as the receipt prints it
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setDisable(empty || d.isBefore(form.today())); // never a date before today
            }
        });
        picker.valueProperty().addListener((o, was, now) -> {
            set.accept(now);
            render();
        });
        HBox row = new HBox(10, new Label(label + "："), picker);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Shows the form as it is now. */
    private void render() {
        Matter m = form.matter().orElse(null);
        matterLine.setText(m == null ? (form.hasCatalogue() ? texts.get("case.noMatter") : "")
                : m.name() + "  ·  " + (m.promisedDays() == null ? texts.get("case.instant")
                        : texts.get("case.promised", m.promisedDays())));
        materials.getChildren().clear();
        int i = 0;
        for (String s : form.materials()) {
            ToggleButton t = new ToggleButton();
            t.setId("material-" + i++);
            boolean marked = form.marked(s);
            t.setSelected(marked);
            t.setText(marked ? s + "（" + texts.get("case.mark." + form.kind().name().toLowerCase()) + "）" : s);
            t.getStyleClass().add("case-material");
            t.setFocusTraversable(false);
            t.setDisable(!form.kind().marksMaterials());
            t.setOnAction(e -> {
                form.toggle(s);
                render();
            });
            materials.getChildren().add(t);
        }
        if (!java.util.Objects.equals(due.getValue(), form.dueDate()) && form.kind() != CaseKind.INCOMPLETE) {
            due.setValue(form.dueDate());
        }
        if (!java.util.Objects.equals(waivedDue.getValue(), form.waivedDue()) && form.kind() == CaseKind.WAIVED) {
            waivedDue.setValue(form.waivedDue());
        }
        String p = form.problem();
        problem.setText(p == null ? "" : texts.get(p));
        confirm.setDisable(p != null);
    }
}
