package hallq.kiosk.app;

import hallq.hardware.board.NodeHardware;
import hallq.hardware.button.Button;
import hallq.hardware.button.ButtonEvent;
import hallq.hardware.config.DeviceFileLoader;
import hallq.kiosk.flow.KioskModel;
import hallq.kiosk.flow.KioskSettings;
import hallq.kiosk.idcard.IdCardReader;
import hallq.kiosk.ui.KioskRoot;
import hallq.protocol.client.ServerAddress;
import hallq.protocol.event.EventKind;
import hallq.protocol.terminal.WindowGeometry;
import hallq.terminal.link.HallClientLink;
import hallq.terminal.link.HallLink;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kiosk put together: hardware, the link to the server, the model, the window. The app and the
 * UI tests build it the same way; tests hand in their own link settings and hardware.
 */
public final class Kiosk implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Kiosk.class);

    /** Without a device file: a simulated printer writing PNGs to the temp folder, so a desktop trial prints. */
    static final String SIMULATED_DEVICES = String.join("\n",
            "node: kiosk",
            "platform: simulated",
            "printer: { link: simulated, paperWidthMm: 80, qr: raster }",
            "");
    /** Waiting counts a kiosk shows may be half a second old: in a rush it hears of two a zone a second, not dozens. */
    static final long QUEUE_EVERY_MS = 500;

    private final NodeHardware hardware;
    private final HallLink link;
    private final IdCardReader reader;
    private final ExecutorService printerThread;
    private final KioskModel model;
    private final KioskRoot root;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Must be called on the JavaFX thread. {@code reader} may be null. */
    public Kiosk(KioskSettings settings, HallLink link, NodeHardware hardware, IdCardReader reader) {
        this.hardware = hardware;
        this.link = link;
        this.reader = reader;
        this.printerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kiosk-printer");
            t.setDaemon(true);
            return t;
        });
        this.model = new KioskModel(link, hardware.printer().orElse(null), printerThread, Platform::runLater,
                new FxTimers(), Clock.systemUTC(), settings);
        this.root = new KioskRoot(model, reader != null);
        Button greenKey = hardware.buttons().get("green-channel");
        if (greenKey != null) {
            greenKey.addListener(e -> {
                if (e.type() == ButtonEvent.Type.PRESSED) {
                    Platform.runLater(model::greenTapped);
                }
            });
        }
        if (reader != null) {
            reader.onCard(number -> Platform.runLater(() -> model.idCardRead(number)));
        }
        model.start(root);
    }

    /** The app: hardware from the options' device file, the real server link. */
    public static Kiosk open(KioskOptions o) {
        NodeHardware hw = o.devices() == null
                ? NodeHardware.builder(DeviceFileLoader.parse(SIMULATED_DEVICES)).open()
                : NodeHardware.open(o.devices());
        KioskSettings settings = KioskSettings.defaults(o.statusBase()).withLanguage(o.language());
        return new Kiosk(settings, hallLink(o.server(), o.device(), o.token()), hw, null);
    }

    /** The real link as a kiosk uses it: {@code queue} events only, handed to the JavaFX thread. */
    public static HallClientLink hallLink(ServerAddress server, String device, String token) {
        return new HallClientLink(server, device, token, Platform::runLater, EventKind.QUEUE)
                .queueEveryMs(QUEUE_EVERY_MS);
    }

    /** Puts the kiosk in the stage: full screen with no way out by keyboard, or a window of the given size. */
    public Scene show(Stage stage, int[] window) {
        // Full screen gets the screen's size from the start: on a Pi without a window manager (X with only
        // this app) nothing else would resize the window, and it would keep its content's preferred size.
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        Scene scene = window == null ? new Scene(root, screen.getWidth(), screen.getHeight())
                : new Scene(root, window[0], window[1]);
        bindKeys(scene);
        stage.setScene(scene);
        stage.setTitle("HallQ kiosk");
        if (window == null) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            scene.setCursor(Cursor.NONE); // a touch screen: no arrow left where the last finger was
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        if (WindowGeometry.placed(window)) {
            stage.setX(window[2]);
            stage.setY(window[3]);
        }
        stage.show();
        if (window != null) {
            stage.sizeToScene();
        }
        return scene;
    }

    /** Desktop trials: the device file's keyboard keys press the hardware buttons (e.g. G for the green key). */
    private void bindKeys(Scene scene) {
        Map<String, Button> keys = hardware.keyboardBindings();
        if (keys.isEmpty()) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Button b = keys.get(e.getCode().name());
            if (b != null) {
                b.simulateDown();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            Button b = keys.get(e.getCode().name());
            if (b != null) {
                b.simulateUp();
            }
        });
    }

    public KioskModel model() {
        return model;
    }

    public KioskRoot root() {
        return root;
    }

    public NodeHardware hardware() {
        return hardware;
    }

    /** Idempotent: the app's stop() and the SIGTERM hook may both call it. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        link.close();
        if (reader != null) {
            reader.close();
        }
        printerThread.shutdown();
        try {
            printerThread.awaitTermination(5, TimeUnit.SECONDS); // let a ticket being printed finish
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        hardware.close();
        log.info("kiosk closed");
    }
}
