package hallq.kiosk.ui;

import hallq.kiosk.flow.Screen;
import hallq.kiosk.i18n.Texts;
import javafx.scene.Node;

/** The drawing of one kind of screen. */
public interface ScreenPane {

    Node node();

    /**
     * Shows a newer state of the same screen in place (e.g. a waiting count changed) and returns true, or
     * returns false when the pane must be built anew. In place matters: a finger resting on a button keeps it.
     */
    default boolean update(Screen screen, Texts texts) {
        return false;
    }
}
