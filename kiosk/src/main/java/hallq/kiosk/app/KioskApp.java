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
        // systemd stops the kiosk with SIGTERM, which JavaFX does not turn into stop(): finish the ticket being
        // printed and close the link and the devices anyway
        Kiosk k = kiosk;
        Runtime.getRuntime().addShutdownHook(new Thread(k::close, "kiosk-shutdown"));
        stage.setOnCloseRequest(e -> Platform.exit());
    }

    @Override
    public void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
