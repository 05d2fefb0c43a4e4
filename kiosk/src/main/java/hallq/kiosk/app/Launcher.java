package hallq.kiosk.app;

import hallq.terminal.cli.CommandLines;
import javafx.application.Application;

/**
 * The jar's main class. It must not extend {@link Application}: with JavaFX on the class path (a shaded jar),
 * a main class that does is refused with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // --help, or a wrong command line: said and ended here, before any window opens
        CommandLines.valuesOrExit(new KioskCommandLine(System.getenv(KioskCommandLine.TOKEN_ENV)), args);
        Application.launch(KioskApp.class, args);
    }
}
