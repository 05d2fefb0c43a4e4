package hallq.pad.app;

import hallq.hardware.config.DeviceFileException;
import hallq.hardware.config.DeviceFileLoader;
import java.util.List;
import javafx.application.Application;

/**
 * The jar's main class. It must not extend {@link Application}: with JavaFX on the class path rather than the
 * module path, Java's launcher refuses such a main class ("JavaFX runtime components are missing").
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            // fail here with one line, before a window opens
            PadOptions o = PadOptions.parse(List.of(args));
            if (o.devices() != null) {
                DeviceFileLoader.load(o.devices());
            }
        } catch (PadOptions.HelpAsked e) {
            System.out.println(PadOptions.USAGE);
            System.exit(0);
        } catch (PadOptions.BadOptions e) {
            System.err.println("counter-pad: " + e.getMessage());
            System.err.println(PadOptions.USAGE);
            System.exit(2);
        } catch (DeviceFileException e) {
            System.err.println("counter-pad: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(CounterPadApp.class, args);
    }
}
