package hallq.pad.clerk;

import hallq.pad.i18n.Texts;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Clerk id and PIN, with an on-screen digit pad: the pad is a touch screen and usually has no keyboard.
 * The digits go to whichever field was touched last.
 */
final class LoginPanel {
    private final TextField clerk = new TextField();
    private final PasswordField pin = new PasswordField();
    private final Button submit;
    private final StackPane root;
    private TextInputControl target = clerk;

    LoginPanel(Texts texts, BiConsumer<String, String> onLogin) {
        Label title = new Label(texts.get("login.title"));
        title.getStyleClass().add("sheet-title");
        clerk.setId("login-clerk");
        clerk.setPromptText(texts.get("login.clerk"));
        pin.setId("login-pin");
        pin.setPromptText(texts.get("login.pin"));
        for (TextInputControl f : new TextInputControl[] {clerk, pin}) {
            f.getStyleClass().add("login-field");
            f.setSkin(new SteadyCaretSkin((TextField) f));
            f.focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    target = f;
                }
            });
        }
        GridPane keys = new GridPane();
        keys.setHgap(8);
        keys.setVgap(8);
        keys.setAlignment(Pos.CENTER);
        String[] labels = {"1", "2", "3", "4", "5", "6", "7", "8", "9", texts.get("login.clear"), "0",
                texts.get("login.back")};
        for (int i = 0; i < labels.length; i++) {
            Button k = new Button(labels[i]);
            k.getStyleClass().add("key");
            k.setPrefSize(120, 52);
            k.setFocusTraversable(false);
            String digit = labels[i];
            if (i == 9) {
                k.setId("key-clear");
                k.setOnAction(e -> target.clear());
            } else if (i == 11) {
                k.setId("key-back");
                k.setOnAction(e -> {
                    String t = target.getText();
                    target.setText(t.isEmpty() ? t : t.substring(0, t.length() - 1));
                });
            } else {
                k.setId("key-" + digit);
                k.setOnAction(e -> target.appendText(digit));
            }
            keys.add(k, i % 3, i / 3);
        }
        submit = new Button(texts.get("login.submit"));
        submit.setId("login-submit");
        submit.getStyleClass().addAll("action", "primary");
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.setPrefHeight(56);
        // not focusable: a focused button that is disabled while the login is pending hands focus on to the
        // clerk id field, and the digit pad would then type there; the PIN field keeps it for a retry instead
        submit.setFocusTraversable(false);
        submit.setOnAction(e -> {
            onLogin.accept(clerk.getText().strip(), pin.getText());
            pin.clear(); // a PIN never stays on the screen
        });
        pin.setOnAction(e -> submit.fire());
        VBox card = new VBox(title, clerk, pin, keys, submit);
        card.getStyleClass().addAll("card", "login-card");
        card.setFillWidth(true);
        root = new StackPane(card);
        root.setAlignment(Pos.CENTER);
    }

    Node node() {
        return root;
    }

    void render(PadState s) {
        boolean show = s.setup() != null && s.setup().clerksLogIn()
                && s.counterState() == hallq.protocol.CounterState.CLOSED;
        root.setVisible(show);
        root.setManaged(show);
        submit.setDisable(!PadAction.LOGIN.allowedIn(s));
    }

    boolean isShown() {
        return root.isVisible();
    }
}
