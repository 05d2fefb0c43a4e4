package hallq.display.app;

import hallq.hardware.config.DeviceFileLoader;
import java.util.List;
import javafx.application.Application;

/**
 * The jar's main class. It must not extend {@link Application}: with JavaFX on the class path rather than the
 * module path, Java's launcher refuses such a main class.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            DisplayOptions o = DisplayOptions.parse(List.of(args)); // fail with one line before a window opens
            if (o.devices() != null) {
                DeviceFileLoader.load(o.devices());
            }
        } catch (DisplayOptions.HelpAsked e) {
            System.out.println(DisplayOptions.USAGE);
            System.exit(0);
        } catch (DisplayOptions.BadOptions e) {
            System.err.println("caller-display: " + e.getMessage());
            System.err.println(DisplayOptions.USAGE);
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("caller-display: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(CallerDisplayApp.class, args);
    }
}
