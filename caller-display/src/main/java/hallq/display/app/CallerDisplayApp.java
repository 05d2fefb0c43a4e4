package hallq.display.app;

import hallq.hardware.board.NodeHardware;
import hallq.protocol.terminal.WindowGeometry;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The caller display's window: full screen (sized to the screen by hand: a Pi has no window manager). */
public final class CallerDisplayApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(CallerDisplayApp.class);
    private DisplayAssembly display;
    private NodeHardware hardware;

    @Override
    public void start(Stage stage) throws Exception {
        DisplayOptions o = DisplayOptions.parse(getParameters().getRaw());
        if (o.devices() != null) {
            try {
                hardware = NodeHardware.open(o.devices());
                log.info("node {}: LED signs of windows {}", hardware.node(), hardware.windowSigns().keySet());
            } catch (RuntimeException e) {
                // a miswired sign must not leave the hall without its screen and voice
                log.error("the window signs cannot be used: {}", e.getMessage());
            }
        }
        display = new DisplayAssembly(o, DisplayAssembly.defaultSink(o), Clock.systemDefaultZone(), hardware)
                .start();
        Scene scene;
        if (o.window()) {
            int[] g = o.geometry();
            scene = g == null ? new Scene(display.view().root(), o.layout().width / 2.0, o.layout().height / 2.0)
                    : new Scene(display.view().root(), g[0], g[1]);
            if (WindowGeometry.placed(g)) {
                stage.setX(g[2]);
                stage.setY(g[3]);
            }
        } else {
            Rectangle2D b = Screen.getPrimary().getBounds();
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            scene = new Scene(display.view().root(), b.getWidth(), b.getHeight());
            scene.setCursor(Cursor.NONE);
        }
        stage.setTitle("HallQ caller display");
        stage.setScene(scene);
        stage.show();
        sun.misc.Signal.handle(new sun.misc.Signal("TERM"), s -> Platform.exit());
    }

    @Override
    public void stop() throws Exception {
        if (display != null) {
            display.close();
        }
        if (hardware != null) {
            hardware.close();
        }
    }
}
