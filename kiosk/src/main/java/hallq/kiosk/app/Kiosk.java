package hallq.kiosk.app;

import hallq.hardware.board.NodeHardware;
import hallq.hardware.button.Button;
import hallq.hardware.button.ButtonEvent;
import hallq.hardware.config.DeviceFile;
import hallq.hardware.config.DeviceFileLoader;
import hallq.hardware.config.IdCardReaderConfig;
import hallq.hardware.config.ScannerConfig;
import hallq.hardware.idcard.IdCard;
import hallq.hardware.idcard.IdCardFault;
import hallq.hardware.idcard.IdCardReader;
import hallq.hardware.idcard.IdCardReaders;
import hallq.hardware.idcard.SimulatedSamModule;
import hallq.hardware.scanner.CodeScanner;
import hallq.hardware.scanner.CodeScanners;
import hallq.hardware.scanner.SimulatedCodeScanner;
import hallq.kiosk.flow.KioskModel;
import hallq.kiosk.flow.KioskSettings;
import hallq.kiosk.ui.KioskRoot;
import hallq.protocol.client.ServerAddress;
import hallq.protocol.event.EventKind;
import hallq.protocol.terminal.WindowGeometry;
import hallq.terminal.link.HallClientLink;
import hallq.terminal.link.HallLink;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
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
    /** The desktop's card (F2): a made-up woman born 1954-03-07, over the demo hall.s green-channel age of 70. */
    static final String DEMO_CARD = "110101195403070020";
    /** The desktop's booking code (F3) and case slip QR (F4). */
    static final String DEMO_BOOKING = "20261204";
    /**
     * The hall in a box books a place in the current hour when it starts (hall.sh) and hands its code over in this
     * variable, so that F3 scans a booking that really checks in; without it F3 scans {@link #DEMO_BOOKING}.
     */
    static final String BOX_BOOKING_ENV = "HALLQ_BOX_BOOKING";
    /** The folder where the hall in a box's pad prints its receipts (hall.sh sets it): F4 scans the newest. */
    static final String BOX_RECEIPTS_ENV = "HALLQ_BOX_RECEIPTS";
    static final String DEMO_CASE = "http://127.0.0.1:7700/c/20261203-A007?k=demo-case-key-0001";
    /** Waiting counts a kiosk shows may be half a second old: in a rush it hears of two a zone a second, not dozens. */
    static final long QUEUE_EVERY_MS = 500;

    private final NodeHardware hardware;
    private final HallLink link;
    private final IdCardReader reader;
    private final CodeScanner scanner;
    private final Optional<SimulatedSamModule> simulatedReader;
    private final ExecutorService printerThread;
    private final KioskModel model;
    private final KioskRoot root;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Must be called on the JavaFX thread; without a card reader or a code scanner. */
    public Kiosk(KioskSettings settings, HallLink link, NodeHardware hardware) {
        this(settings, link, hardware, null, null, Optional.empty());
    }

    /**
     * Must be called on the JavaFX thread. {@code reader} and {@code scanner} may be null; {@code simulatedReader}
     * is the module behind a simulated reader, for the desktop's "lay a card" key.
     */
    public Kiosk(KioskSettings settings, HallLink link, NodeHardware hardware, IdCardReader reader,
                 CodeScanner scanner, Optional<SimulatedSamModule> simulatedReader) {
        this.hardware = hardware;
        this.link = link;
        this.reader = reader;
        this.scanner = scanner;
        this.simulatedReader = simulatedReader;
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
        model.start(root);
        if (reader != null) {
            reader.start(new IdCardReader.Listener() {
                @Override
                public void card(IdCard card) {
                    Platform.runLater(() -> model.idCardRead(card.number()));
                }

                @Override
                public void fault(IdCardFault fault) {
                    Platform.runLater(() -> model.idCardFailed(fault));
                }
            });
        }
        if (scanner != null) {
            scanner.start(code -> Platform.runLater(() -> model.codeScanned(code)));
        }
    }

    /** The app: hardware from the options' device file, the real server link. */
    public static Kiosk open(KioskOptions o) {
        NodeHardware hw = o.devices() == null
                ? NodeHardware.builder(DeviceFileLoader.parse(SIMULATED_DEVICES)).open()
                : NodeHardware.open(o.devices());
        KioskSettings settings = KioskSettings.defaults(o.statusBase()).withLanguage(o.language());
        DeviceFile file = o.devices() == null ? null : DeviceFileLoader.load(o.devices());
        IdCardReaderConfig readerConfig = o.cardReader() != null ? o.cardReader()
                : file == null ? null : file.idCardReaderConfig().orElse(null);
        ScannerConfig scannerConfig = o.scanner() != null ? o.scanner()
                : file == null ? null : file.scannerConfig().orElse(null);
        IdCardReaders.Opened reader = readerConfig == null ? null : IdCardReaders.open(readerConfig, Clock.systemUTC());
        if (readerConfig != null) {
            log.info("ID card reader: {} ({} {})", readerConfig.model(), readerConfig.link(),
                    readerConfig.device() == null ? "" : readerConfig.device() + " at " + readerConfig.baud());
        }
        if (scannerConfig != null) {
            log.info("code scanner: {} ({} {})", scannerConfig.model(), scannerConfig.mode(),
                    scannerConfig.device() == null ? "" : scannerConfig.device());
        }
        return new Kiosk(settings, hallLink(o.server(), o.device(), o.token()), hw,
                reader == null ? null : reader.reader(), scannerConfig == null ? null : CodeScanners.open(scannerConfig),
                reader == null ? Optional.empty() : reader.simulated());
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

    /**
     * Desktop trials: the device file's keyboard keys press the hardware buttons (e.g. G for the green key), and
     * with simulated readers F2 lays a card on the reader or lifts it (a made-up 72-year-old's), F3 scans a
     * booking's code, F4 a case slip's QR.
     */
    private void bindKeys(Scene scene) {
        simulatedReader.ifPresent(module -> scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F2) {
                if (module.hasCard()) {
                    module.liftCard();
                } else {
                    module.layCard(DEMO_CARD);
                }
            }
        }));
        if (scanner instanceof SimulatedCodeScanner simulated) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.F3) {
                    String box = System.getenv(BOX_BOOKING_ENV);
                    simulated.scan(box != null && !box.isBlank() ? box.strip() : DEMO_BOOKING);
                } else if (e.getCode() == javafx.scene.input.KeyCode.F4) {
                    // the box's pad prints its receipts as PNGs into this folder: F4 "scans" the newest one
                    String receipts = System.getenv(BOX_RECEIPTS_ENV);
                    simulated.scan(receipts == null || receipts.isBlank() ? DEMO_CASE
                            : hallq.kiosk.scan.NewestSlip.qrText(Path.of(receipts.strip())).orElse(DEMO_CASE));
                }
            });
        }
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
        if (scanner != null) {
            scanner.close();
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
