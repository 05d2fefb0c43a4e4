package hallq.pad.keys;

import hallq.hardware.button.Button;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a desktop (simulated devices) the device file's {@code key:} names a keyboard key for each physical
 * key: F1 for call-next, DIGIT5 for 非常满意, ... Pressing it plays the key down, releasing it plays it up,
 * so holding it gives a long press as on the real key.
 */
public final class KeyboardKeys {
    private static final Logger log = LoggerFactory.getLogger(KeyboardKeys.class);

    private KeyboardKeys() {
    }

    public static void bind(Scene scene, Map<String, Button> bindings) {
        if (bindings.isEmpty()) {
            return;
        }
        EventHandler<KeyEvent> down = e -> button(bindings, e).ifPresent(Button::simulateDown);
        EventHandler<KeyEvent> up = e -> button(bindings, e).ifPresent(Button::simulateUp);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, down);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, up);
        log.info("keyboard stands in for the keys: {}", bindings.keySet());
    }

    private static java.util.Optional<Button> button(Map<String, Button> bindings, KeyEvent e) {
        KeyCode code = e.getCode();
        // typing a clerk id or PIN must not press the digit-bound rating keys; F1 and the like still count
        if (e.getTarget() instanceof TextInputControl && (code.isDigitKey() || code.isLetterKey())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(bindings.get(code.name()));
    }
}
