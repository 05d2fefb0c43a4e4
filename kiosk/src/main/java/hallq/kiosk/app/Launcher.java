package hallq.kiosk.app;

import java.util.List;
import javafx.application.Application;

/**
 * The jar's main class. It must not extend {@link Application}: with JavaFX on the class path (a shaded jar),
 * a main class that does is refused with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            KioskOptions.parse(List.of(args)); // bad options: one line and the usage, before any window opens
        } catch (IllegalArgumentException e) {
            if (e.getMessage().equals("help")) {
                System.out.println(KioskOptions.USAGE);
                System.exit(0);
            }
            System.err.println("kiosk: " + e.getMessage());
            System.err.println(KioskOptions.USAGE);
            System.exit(2);
            return;
        }
        Application.launch(KioskApp.class, args);
    }
}
