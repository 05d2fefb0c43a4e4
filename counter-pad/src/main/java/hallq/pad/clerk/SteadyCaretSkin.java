package hallq.pad.clerk;

import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;

/**
 * A text field whose caret stands still instead of blinking. JavaFX blinks it with a Timeline that runs while the
 * field has the focus, and a running animation keeps the whole scene pulsing 60 times a second: on the login screen,
 * where a field always has the focus, that was most of the pad's CPU at rest (issue 21, goal 6).
 */
final class SteadyCaretSkin extends TextFieldSkin {
    SteadyCaretSkin(TextField field) {
        super(field);
    }

    @Override
    public void setCaretAnimating(boolean value) {
        super.setCaretAnimating(false); // not animating: JavaFX then shows the caret steadily in a focused field
    }
}
