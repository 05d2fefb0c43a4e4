package hallq.display.app;

import hallq.hardware.config.DeviceFileLoader;
import hallq.terminal.cli.CommandLines;
import javafx.application.Application;

/**
 * The jar's main class. It must not extend {@link Application}: with JavaFX on the class path rather than the
 * module path, Java's launcher refuses such a main class.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // --help, a wrong command line or a wrong device file: said and ended here, before a window opens
        DisplayOptions o = CommandLines.valuesOrExit(
                new DisplayCommandLine(System.getenv(DisplayOptions.TOKEN_ENV)), args);
        if (o.devices() != null) {
            try {
                DeviceFileLoader.load(o.devices());
            } catch (RuntimeException e) {
                System.err.println("caller-display: " + e.getMessage());
                System.exit(2);
            }
        }
        Application.launch(CallerDisplayApp.class, args);
    }
}
