package hallq.pad.app;

import hallq.hardware.config.DeviceFileException;
import hallq.hardware.config.DeviceFileLoader;
import hallq.terminal.cli.CommandLines;
import javafx.application.Application;

/**
 * The jar's main class. It must not extend {@link Application}: with JavaFX on the class path rather than the
 * module path, Java's launcher refuses such a main class ("JavaFX runtime components are missing").
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // --help, a wrong command line or a wrong device file: said and ended here, before a window opens
        PadOptions o = CommandLines.valuesOrExit(new PadCommandLine(System.getenv(PadOptions.TOKEN_ENV)), args);
        if (o.devices() != null) {
            try {
                DeviceFileLoader.load(o.devices());
            } catch (DeviceFileException e) {
                System.err.println("counter-pad: " + e.getMessage());
                System.exit(2);
            }
        }
        Application.launch(CounterPadApp.class, args);
    }
}
