package hallq.hardware.board;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import hallq.hardware.button.Button;
import hallq.hardware.button.DebouncedButton;
import hallq.hardware.config.ButtonConfig;
import hallq.hardware.config.DeviceFile;
import hallq.hardware.config.DeviceFileLoader;
import hallq.hardware.config.LampConfig;
import hallq.hardware.config.LedStripConfig;
import hallq.hardware.config.RatingConfig;
import hallq.hardware.config.RatingKeyConfig;
import hallq.hardware.lamp.Lamp;
import hallq.hardware.lamp.OutputLamp;
import hallq.hardware.led.LedDisplay;
import hallq.hardware.led.LedStrip;
import hallq.hardware.led.LoggingLedStrip;
import hallq.hardware.led.SimulatedLedDisplay;
import hallq.hardware.led.TextLedStrip;
import hallq.hardware.printer.TicketPrinter;
import hallq.hardware.rating.ButtonRatingKeys;
import hallq.hardware.rating.RatingKey;
import hallq.hardware.rating.RatingKeys;
import hallq.hardware.rating.RatingLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * All devices of one node, built from its device file: on a Raspberry Pi through Pi4J, anywhere else
 * simulated. The one object the kiosk, counter pad and caller display open at start and close at exit.
 *
 * <pre>{@code
 * try (NodeHardware hw = NodeHardware.open(Path.of("/etc/hallq/devices.yaml"))) {
 *     hw.button("call-next").addListener(e -> ...);
 *     hw.printer().ifPresent(p -> ...);
 * }
 * }</pre>
 */
public final class NodeHardware implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NodeHardware.class);

    /** Overrides the device file's {@code platform}: {@code -Dhallq.hardware.platform=simulated}. */
    public static final String PLATFORM_PROPERTY = "hallq.hardware.platform";

    /** The Pi4J id of the SPI device behind the node's own sign ({@code ledStrip:}). */
    public static final String OWN_SIGN = "led-strip";

    private final String node;
    private final boolean simulated;
    private final DeviceFactory factory;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final Map<String, Button> buttons = new LinkedHashMap<>();
    private final Map<String, Lamp> lamps = new LinkedHashMap<>();
    private final Map<String, Button> keyboardBindings = new LinkedHashMap<>();
    private RatingKeys ratingKeys;
    private TicketPrinter printer;
    private LedStrip ledStrip;
    private final Map<String, LedStrip> windowSigns = new LinkedHashMap<>();
    /** The simulated displays behind the signs, by Pi4J-style id ("led-strip", "window-sign-3"). */
    private final Map<String, SimulatedLedDisplay> simulatedSigns = new LinkedHashMap<>();

    /** Loads the device file and opens the devices for this board. */
    public static NodeHardware open(Path deviceFile) {
        return builder(DeviceFileLoader.load(deviceFile)).open();
    }

    public static Builder builder(DeviceFile file) {
        return new Builder(file);
    }

    private NodeHardware(DeviceFile file, DeviceFactory factory, Clock clock, ScheduledExecutorService scheduler,
                         boolean ownsScheduler) {
        this.node = file.node();
        this.simulated = factory.simulated();
        this.factory = factory;
        this.scheduler = scheduler;
        this.ownsScheduler = ownsScheduler;
        try {
            file.buttons().forEach((name, c) -> buttons.put(name, button(name, c, clock)));
            file.lamps().forEach((name, c) -> lamps.put(name, lamp(name, c)));
            file.ratingConfig().ifPresent(r -> ratingKeys = rating(r, clock));
            file.printerConfig().ifPresent(p -> printer = factory.printer(p));
            file.ledStripConfig().ifPresent(c -> ledStrip = sign(OWN_SIGN, c));
            file.windowSigns().forEach((window, c) -> windowSigns.put(window, sign(windowSignId(window), c)));
        } catch (RuntimeException e) {
            close(); // release the pins already claimed before reporting
            throw e;
        }
    }

    private Button button(String name, ButtonConfig c, Clock clock) {
        Button b = new DebouncedButton(name, factory.input(name, c), c.debounce(), c.longPress(), clock, scheduler);
        if (c.key() != null && !c.key().isBlank()) {
            Button previous = keyboardBindings.putIfAbsent(c.key(), b);
            if (previous != null) {
                throw new HardwareException("Keyboard key " + c.key() + " is bound to both " + previous.name()
                        + " and " + name);
            }
        }
        return b;
    }

    private Lamp lamp(String name, LampConfig c) {
        Lamp lamp = new OutputLamp(name, factory.output(name, c), scheduler);
        if (simulated) {
            lamp.addModeListener(mode -> log.info("[sim] lamp {} {}", name, mode));
        }
        return lamp;
    }

    private RatingKeys rating(RatingConfig r, Clock clock) {
        List<RatingKey> keys = new ArrayList<>();
        for (RatingKeyConfig k : r.keys()) {
            String name = "rating-" + k.level();
            Lamp keyLamp = k.lamp() == null ? null : lamp(name + "-lamp", k.lamp());
            keys.add(new RatingKey(RatingLevel.ofScore(k.level()), button(name, k.button(), clock), keyLamp));
        }
        Lamp prompt = r.promptLamp() == null ? null : lamps.get(r.promptLamp());
        return new ButtonRatingKeys(keys, prompt, r.timeout(), r.confirm(), clock, scheduler);
    }

    private LedStrip sign(String id, LedStripConfig c) {
        LedDisplay display = factory.ledDisplay(id, c);
        LedStrip strip = new TextLedStrip(display, scheduler, c.scrollStep());
        if (display instanceof SimulatedLedDisplay sim) {
            simulatedSigns.put(id, sim);
            return new LoggingLedStrip(strip, sim);
        }
        return strip;
    }

    /** The Pi4J id of the SPI device behind a window's sign ({@code window-sign-3}). */
    public static String windowSignId(String window) {
        return "window-sign-" + window;
    }

    public String node() {
        return node;
    }

    /** True when the devices are simulated (desktop, or platform: simulated). */
    public boolean isSimulated() {
        return simulated;
    }

    /** The button of that name in the device file. */
    public Button button(String name) {
        Button b = buttons.get(name);
        if (b == null) {
            throw new IllegalArgumentException("Node " + node + " has no button '" + name + "'; it has " + buttons.keySet());
        }
        return b;
    }

    public Map<String, Button> buttons() {
        return Collections.unmodifiableMap(buttons);
    }

    public Lamp lamp(String name) {
        Lamp l = lamps.get(name);
        if (l == null) {
            throw new IllegalArgumentException("Node " + node + " has no lamp '" + name + "'; it has " + lamps.keySet());
        }
        return l;
    }

    public Map<String, Lamp> lamps() {
        return Collections.unmodifiableMap(lamps);
    }

    public Optional<RatingKeys> ratingKeys() {
        return Optional.ofNullable(ratingKeys);
    }

    public Optional<TicketPrinter> printer() {
        return Optional.ofNullable(printer);
    }

    public Optional<LedStrip> ledStrip() {
        return Optional.ofNullable(ledStrip);
    }

    /** The simulated sign, so a desktop app can paint its frames; empty on real hardware. */
    public Optional<SimulatedLedDisplay> simulatedLedDisplay() {
        return Optional.ofNullable(simulatedSigns.get(OWN_SIGN));
    }

    /** The signs this node drives for windows ({@code windowSigns:} in the device file), by window id. */
    public Map<String, LedStrip> windowSigns() {
        return Collections.unmodifiableMap(windowSigns);
    }

    /** A window's simulated sign, so a desktop app can paint its frames; empty on real hardware. */
    public Optional<SimulatedLedDisplay> simulatedWindowSign(String window) {
        return Optional.ofNullable(simulatedSigns.get(windowSignId(window)));
    }

    /**
     * Keyboard key names from the device file ({@code key: F1}) and the buttons they stand for, rating
     * keys included. A JavaFX app maps KEY_PRESSED to {@link Button#simulateDown()} and KEY_RELEASED to
     * {@link Button#simulateUp()}.
     */
    public Map<String, Button> keyboardBindings() {
        return Collections.unmodifiableMap(keyboardBindings);
    }

    @Override
    public void close() {
        List<AutoCloseable> all = new ArrayList<>();
        if (ledStrip != null) {
            all.add(ledStrip);
        }
        all.addAll(windowSigns.values());
        if (printer != null) {
            all.add(printer);
        }
        if (ratingKeys != null) {
            all.add(ratingKeys);
        }
        all.addAll(buttons.values());
        all.addAll(lamps.values());
        for (AutoCloseable c : all) {
            try {
                c.close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", c, e.toString());
            }
        }
        factory.close();
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }

    /** Options for opening a node; only the device file is required. */
    public static final class Builder {
        private final DeviceFile file;
        private Clock clock = Clock.systemDefaultZone();
        private ScheduledExecutorService scheduler;
        private Context pi4j;
        private BoardDetector detector = BoardDetector.system();

        private Builder(DeviceFile file) {
            this.file = file;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Must be single-threaded: button events rely on it for their order. Not shut down by close(). */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        /** Uses this Pi4J context (e.g. the mock platform) instead of detecting the board. Not shut down by close(). */
        public Builder pi4j(Context pi4j) {
            this.pi4j = pi4j;
            return this;
        }

        public Builder boardDetector(BoardDetector detector) {
            this.detector = detector;
            return this;
        }

        public NodeHardware open() {
            DeviceFactory factory = chooseFactory();
            boolean ownsScheduler = scheduler == null;
            ScheduledExecutorService s = ownsScheduler ? newEventThread(file.node()) : scheduler;
            try {
                return new NodeHardware(file, factory, clock, s, ownsScheduler);
            } catch (RuntimeException e) {
                if (ownsScheduler) {
                    s.shutdownNow();
                }
                throw e;
            }
        }

        private DeviceFactory chooseFactory() {
            if (pi4j != null) {
                log.info("Node {}: devices through the given Pi4J context", file.node());
                return new Pi4jDeviceFactory(pi4j, file.gpio(), false);
            }
            String override = System.getProperty(PLATFORM_PROPERTY);
            DeviceFile.PlatformChoice choice = override == null ? file.platform()
                    : DeviceFile.PlatformChoice.valueOf(override.trim().toUpperCase(Locale.ROOT));
            switch (choice) {
                case SIMULATED:
                    log.info("Node {}: simulated devices (platform: simulated)", file.node());
                    return new SimulatedDeviceFactory();
                case PI:
                    return realBoard(detector.raspberryPiModel().orElse("board forced by platform: pi"));
                default:
                    Optional<String> model = detector.raspberryPiModel();
                    if (model.isPresent()) {
                        return realBoard(model.get());
                    }
                    // The one line a desktop run gets about hardware: no stack trace, nothing to fix.
                    log.info("Node {}: no Raspberry Pi found ({} absent or not a Pi), using simulated devices",
                            file.node(), detector.modelFile());
                    return new SimulatedDeviceFactory();
            }
        }

        private DeviceFactory realBoard(String model) {
            log.info("Node {}: {} - devices through Pi4J ({} GPIO)", file.node(), model, file.gpio().provider());
            Context context;
            try {
                context = Pi4J.newAutoContext();
            } catch (RuntimeException e) {
                throw new HardwareException("Pi4J could not start on " + model + ": " + e.getMessage(), e);
            }
            return new Pi4jDeviceFactory(context, file.gpio(), true);
        }

        private static ScheduledExecutorService newEventThread(String node) {
            return Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hallq-hardware-" + node);
                t.setDaemon(true);
                return t;
            });
        }
    }
}
