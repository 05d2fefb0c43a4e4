package hallq.pad.app;

import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFile;
import hallq.hardware.config.DeviceFileLoader;
import hallq.hardware.config.RatingConfig;
import hallq.pad.clerk.Notice;
import hallq.pad.clerk.PadModel;
import hallq.pad.i18n.Texts;
import hallq.pad.link.PadLink;
import hallq.protocol.terminal.WindowGeometry;
import java.time.Clock;
import java.time.Duration;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application; started by {@link Launcher}, which has already checked the options. */
public final class CounterPadApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(CounterPadApp.class);

    private NodeHardware hardware;
    private PadAssembly pad;

    @Override
    public void start(Stage stage) {
        PadOptions o = PadOptions.parse(getParameters().getRaw());
        Texts texts = Texts.forLanguage(o.language());
        Duration ratingTimeout = PadModel.RATING_TIMEOUT;
        String hardwareFault = null;
        if (o.devices() != null) {
            DeviceFile file = DeviceFileLoader.load(o.devices()); // checked by the Launcher already
            ratingTimeout = file.ratingConfig().map(RatingConfig::timeout).orElse(ratingTimeout);
            try {
                hardware = NodeHardware.builder(file).open();
            } catch (RuntimeException e) {
                // a miswired key must not close the window: the touch screen still does everything
                log.error("the window's keys cannot be used: {}", e.getMessage());
                hardwareFault = e.getMessage();
            }
        }
        pad = new PadAssembly(PadLink.to(o.server(), o.device(), o.token()), hardware, texts,
                Clock.systemUTC(), ratingTimeout);
        if (hardwareFault != null) {
            pad.model().tell(Notice.warning("notice.hardwareFailed", hardwareFault));
            pad.model().report("KEYS_UNUSABLE", hardwareFault);
        }
        // full screen is also sized by hand: on a Pi's bare X server with no window manager the full-screen
        // request alone leaves the window at its own size
        Rectangle2D screen = Screen.getPrimary().getBounds();
        double w = o.window() != null ? o.window()[0] : screen.getWidth();
        double h = o.window() != null ? o.window()[1] : screen.getHeight();
        Scene scene = new Scene(pad.root(), w, h);
        pad.bindKeyboard(scene);
        stage.setTitle(texts.get("app.title") + " - " + o.device());
        stage.setScene(scene);
        if (WindowGeometry.placed(o.window())) {
            stage.setX(o.window()[2]);
            stage.setY(o.window()[3]);
        }
        if (o.window() == null) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            // the pad is nothing but this screen; no "press ESC" hint for the clerk
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        stage.show();
        log.info("counter pad {} connecting to {}", o.device(), o.server());
        pad.start();
    }

    @Override
    public void stop() {
        if (pad != null) {
            pad.close();
        }
        if (hardware != null) {
            hardware.close();
        }
    }
}
