package hallq.pad.rating;

import hallq.pad.i18n.Texts;
import java.time.Duration;
import java.time.Instant;
import hallq.protocol.RatingReason;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The citizen's side: five faces, 非常满意 first, and nothing the clerk could use, so the clerk cannot rate for
 * the citizen. After the answer, a thank-you with the chosen face.
 */
public final class RatingScreen {
    private final Texts texts;
    private final Label ticket = new Label();
    /** Rating (issue 20, 一事一评): which matter of the visit is asked about, above the faces and the reasons. */
    private final Label matter = new Label();
    private final Label reasonsMatter = new Label();
    private final Label countdown = new Label();
    private final VBox asking;
    private final Label thanksChoice = new Label();
    private final StackPane thanksFace = new StackPane();
    private final VBox thanked;
    private final StackPane root;
    /** Rating (issue 20): why a 1 or 2, one tap each; what was chosen shows pressed. */
    private final VBox reasons;
    private final Label reasonsCountdown = new Label();
    private final java.util.Map<RatingReason, javafx.scene.control.ToggleButton> reasonButtons =
            new java.util.EnumMap<>(RatingReason.class);
    private java.util.function.Consumer<RatingReason> onReason = r -> { };
    private Runnable onReasonsDone = () -> { };

    /**
     * @param hasKeys whether the window has a physical evaluator, mentioned on screen
     */
    public RatingScreen(Texts texts, boolean hasKeys, IntConsumer onRate) {
        this.texts = texts;
        Label title = new Label(texts.get("rating.title"));
        title.getStyleClass().add("rating-title");
        ticket.setId("rating-ticket");
        ticket.getStyleClass().add("rating-ticket");
        HBox faces = new HBox(14);
        faces.setAlignment(Pos.CENTER);
        for (int level = 5; level >= 1; level--) {
            faces.getChildren().add(faceButton(level, onRate));
        }
        countdown.setId("rating-countdown");
        countdown.getStyleClass().add("rating-hint");
        Label keys = new Label(texts.get("rating.keys"));
        keys.getStyleClass().add("rating-hint");
        keys.setVisible(hasKeys);
        matter.setId("rating-matter");
        matter.getStyleClass().add("rating-ticket");
        matter.setWrapText(true);
        matter.setMaxWidth(960);
        matter.setAlignment(Pos.CENTER);
        matter.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        asking = new VBox(22, title, ticket, matter, faces, countdown, keys);
        asking.setAlignment(Pos.CENTER);

        Label thanks = new Label(texts.get("rating.thanks"));
        thanks.setId("rating-thanks");
        thanks.getStyleClass().add("rating-thanks");
        thanksChoice.getStyleClass().add("rating-ticket");
        thanked = new VBox(24, thanksFace, thanks, thanksChoice);
        thanked.setAlignment(Pos.CENTER);

        reasons = reasonsPane();
        root = new StackPane(asking, reasons, thanked);
        root.setId("rating-screen");
        root.getStyleClass().add("rating-screen");
    }

    private Button faceButton(int level, IntConsumer onRate) {
        Label label = new Label(texts.get("rating." + level));
        label.getStyleClass().add("face-label");
        label.setTextFill(Face.color(level).darker());
        VBox content = new VBox(12, Face.of(level, 52), label);
        content.setAlignment(Pos.CENTER);
        Button b = new Button(texts.get("rating." + level), content);
        b.setId("rate-" + level);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().add("face-button");
        b.setPrefSize(180, 200);
        b.setFocusTraversable(false);
        b.setOnAction(e -> onRate.accept(level));
        return b;
    }

    /** Rating (issue 20): what a tap on a reason and on 提交评价 do. */
    public void onReasons(java.util.function.Consumer<RatingReason> toggle, Runnable done) {
        onReason = toggle;
        onReasonsDone = done;
    }

    private VBox reasonsPane() {
        Label title = new Label(texts.get("rating.reasons.title"));
        title.setId("reasons-title");
        title.getStyleClass().add("rating-title");
        Label hint = new Label(texts.get("rating.reasons.hint"));
        hint.getStyleClass().add("rating-hint");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        grid.setAlignment(Pos.CENTER);
        RatingReason[] all = RatingReason.values();
        for (int i = 0; i < all.length; i++) {
            RatingReason r = all[i];
            javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(
                    texts.get("rating.reason." + r.wire()));
            b.setId("reason-" + r.wire());
            b.getStyleClass().add("reason-button");
            b.setPrefSize(300, 84);
            b.setFocusTraversable(false);
            // the prompt says what is chosen: a tap asks the model, the render shows its answer
            b.setOnAction(e -> {
                b.setSelected(!b.isSelected());
                onReason.accept(r);
            });
            reasonButtons.put(r, b);
            grid.add(b, i % 3, i / 3);
        }
        Button done = new Button(texts.get("rating.reasons.done"));
        done.setId("reasons-done");
        done.getStyleClass().add("reasons-done");
        done.setPrefSize(360, 84);
        done.setFocusTraversable(false);
        done.setOnAction(e -> onReasonsDone.run());
        reasonsCountdown.setId("reasons-countdown");
        reasonsCountdown.getStyleClass().add("rating-hint");
        reasonsMatter.setId("reasons-matter");
        reasonsMatter.getStyleClass().add("rating-hint");
        VBox box = new VBox(20, title, reasonsMatter, hint, grid, done, reasonsCountdown);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    public Node node() {
        return root;
    }

    public void render(RatingPrompt prompt, Instant now) {
        root.setVisible(prompt != null);
        if (prompt == null) {
            return;
        }
        asking.setVisible(prompt.isAsking());
        reasons.setVisible(prompt.isAskingReasons());
        thanked.setVisible(prompt.phase() == RatingPrompt.Phase.THANKED);
        ticket.setText(texts.get("rating.ticket", prompt.ticket()));
        String which = prompt.isPerMatter()
                ? texts.get("rating.matter", prompt.index() + 1, prompt.count(), prompt.matter().name()) : "";
        for (Label l : new Label[] {matter, reasonsMatter}) {
            l.setText(which);
            l.setVisible(prompt.isPerMatter());
            l.setManaged(prompt.isPerMatter());
        }
        if (prompt.isAsking()) {
            long left = Math.max(0, Duration.between(now, prompt.deadline()).toSeconds());
            countdown.setText(texts.get("rating.countdown", left));
        } else if (prompt.isAskingReasons()) {
            long left = Math.max(0, Duration.between(now, prompt.deadline()).toSeconds());
            reasonsCountdown.setText(texts.get("rating.reasons.countdown", left));
            reasonButtons.forEach((r, b) -> b.setSelected(prompt.reasons().contains(r)));
        } else {
            thanksFace.getChildren().setAll(Face.of(prompt.level(), 70));
            thanksChoice.setText(texts.get("rating.chosen", texts.get("rating." + prompt.level())));
        }
    }
}
