package hallq.kiosk.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application; started by {@link Launcher}, which has already checked the options. */
public final class KioskApp extends Application {
    private Kiosk kiosk;

    @Override
    public void start(Stage stage) {
        KioskOptions options = KioskOptions.parse(getParameters().getRaw());
        kiosk = Kiosk.open(options);
        kiosk.show(stage, options.window());
        stage.setOnCloseRequest(e -> Platform.exit());
    }

    @Override
    public void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
