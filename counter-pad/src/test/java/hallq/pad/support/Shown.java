package hallq.pad.support;

import javafx.scene.Node;

/** Whether a node can be seen: it and every parent visible. */
public final class Shown {
    private Shown() {
    }

    public static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
