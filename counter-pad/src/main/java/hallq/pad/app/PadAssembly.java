package hallq.pad.app;

import hallq.pad.cases.CasePrinting;
import hallq.hardware.board.NodeHardware;
import hallq.hardware.lamp.Lamp;
import hallq.hardware.rating.RatingKeys;
import hallq.pad.clerk.PadModel;
import hallq.pad.i18n.Texts;
import hallq.pad.keys.CallLight;
import hallq.pad.keys.KeyboardKeys;
import hallq.pad.keys.OwnSign;
import hallq.pad.keys.PadKeys;
import hallq.terminal.link.HallLink;
import hallq.terminal.time.ExecutorTimers;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Puts one pad together: the model on the JavaFX thread, its screen, and the window's keys and lamps when it
 * has a device file. The app and the UI tests build the pad the same way. Create it on the JavaFX thread.
 */
public final class PadAssembly implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final PadModel model;
    private final PadScreen screen;
    private final PadKeys keys;
    private final NodeHardware hardware;
    private final CasePrinting casePrinting;

    /**
     * @param hardware the window's devices, or null when it has none; not closed here
     */
    public PadAssembly(HallLink link, NodeHardware hardware, Texts texts, Clock clock, Duration ratingTimeout) {
        this.hardware = hardware;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pad-timer");
            t.setDaemon(true);
            return t;
        });
        Executor fx = Platform::runLater;
        RatingKeys ratingKeys = hardware == null ? null : hardware.ratingKeys().orElse(null);
        model = new PadModel(link, fx, new ExecutorTimers(timer, fx), clock, ratingKeys, ratingTimeout);
        screen = new PadScreen(texts, model, clock, ratingKeys != null);
        keys = hardware == null ? null : new PadKeys(hardware, model);
        if (hardware != null) {
            Lamp light = hardware.lamps().get("call-light");
            if (light != null) {
                model.addListener(new CallLight(light));
            }
            // the window's sign, when this pad drives it (the caller display then leaves this window out)
            hardware.ledStrip().ifPresent(sign -> model.addListener(new OwnSign(sign)));
        }
        // cases2 (issue 18): the window's printer prints the slip of each case opened here
        casePrinting = hardware == null ? null
                : hardware.printer().map(p -> CasePrinting.attach(model, p)).orElse(null);
    }

    public PadModel model() {
        return model;
    }

    public Parent root() {
        return screen.root();
    }

    /** Lets the keyboard stand in for the keys when the devices are simulated (a desktop run). */
    public void bindKeyboard(Scene scene) {
        if (hardware != null && hardware.isSimulated()) {
            KeyboardKeys.bind(scene, hardware.keyboardBindings());
        }
    }

    /** Connects to the server. */
    public PadAssembly start() {
        model.start();
        return this;
    }

    @Override
    public void close() {
        screen.stop();
        if (keys != null) {
            keys.close();
        }
        model.close();
        if (casePrinting != null) {
            casePrinting.close();
        }
        timer.shutdownNow();
    }
}
