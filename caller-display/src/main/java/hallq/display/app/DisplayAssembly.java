package hallq.display.app;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.display.model.DisplayModel;
import hallq.display.signs.SimulatedSigns;
import hallq.display.signs.WindowSigns;
import hallq.display.voice.Announcer;
import hallq.display.voice.ClipLibrary;
import hallq.display.voice.EnglishVoice;
import hallq.display.voice.FreeTtsVoice;
import hallq.display.voice.LineSink;
import hallq.display.voice.Sink;
import hallq.hardware.board.NodeHardware;
import hallq.hardware.led.LedStrip;
import hallq.protocol.client.HallClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of one caller display wired together: server link → model → view and announcer. Build it on the
 * JavaFX thread.
 */
public final class DisplayAssembly implements AutoCloseable {
    /** Waiting counts on the hall screen may be half a second old: in a rush that is two updates a zone a second. */
    private static final long QUEUE_EVERY_MS = 500;
    private static final Logger log = LoggerFactory.getLogger(DisplayAssembly.class);

    private final DisplayModel model;
    private final DisplayView view;
    private final HallClient client;
    private final Announcer announcer;
    private final SimulatedSigns simulatedSigns;
    private final WindowSigns strips;

    /** @param sink where the voice goes, or null for no voice */
    public DisplayAssembly(DisplayOptions o, Sink sink, Clock clock) {
        this(o, sink, clock, null);
    }

    /**
     * @param sink     where the voice goes, or null for no voice
     * @param hardware this node's devices (the window signs of its device file), or null; not closed here
     */
    public DisplayAssembly(DisplayOptions o, Sink sink, Clock clock, NodeHardware hardware) {
        model = new DisplayModel(o.zones());
        view = new DisplayView(model, o.layout(), clock, o.voice().zone());
        if (sink != null) {
            EnglishVoice en = null;
            if (o.voice().english()) {
                try {
                    en = new FreeTtsVoice();
                } catch (RuntimeException | LinkageError e) {
                    log.warn("no English voice: {}", e.toString());
                }
            }
            announcer = new Announcer(o.voice(), new ClipLibrary(o.voice().clips()), en, sink, clock);
            model.onCall(announcer::announce);
        } else {
            announcer = null;
        }
        Map<String, LedStrip> signs = new LinkedHashMap<>();
        simulatedSigns = o.windowStrips().isEmpty() ? null : new SimulatedSigns(o.windowStrips());
        if (simulatedSigns != null) {
            signs.putAll(simulatedSigns.signs());
        }
        if (hardware != null) {
            signs.putAll(hardware.windowSigns()); // the device file's real signs win over simulated ones
        }
        strips = signs.isEmpty() ? null : new WindowSigns(signs);
        client = new HallClient(o.server(), o.device(), o.token(), new HallClient.Listener() {
            @Override
            public void connected(JsonNode hello) {
                if (!hello.path("ok").asBoolean(true)) {
                    log.warn("hello refused: {}", hello.path("error"));
                    return;
                }
                model.connected(hello);
                if (strips != null) {
                    strips.connected(hello);
                }
            }

            @Override
            public void event(JsonNode event) {
                model.event(event);
                if (strips != null) {
                    strips.event(event);
                }
            }

            @Override
            public void disconnected(String why) {
                log.info("link down: {}", why);
                model.disconnected();
            }

            @Override
            public void searching(String hallId) {
                log.info("looking for the hall {} on the network", hallId == null ? "(any)" : hallId);
                model.searching();
            }
        }).events(strips == null ? new String[] {"called", "queue"}
                : new String[] {"called", "queue", "counter"}) // counter: the window signs follow their windows
                .queueEveryMs(QUEUE_EVERY_MS);
    }

    /** The sound device, or null when muted. */
    public static Sink defaultSink(DisplayOptions o) {
        return o.mute() ? null : new LineSink();
    }

    public DisplayAssembly start() {
        client.start();
        return this;
    }

    public DisplayModel model() {
        return model;
    }

    public DisplayView view() {
        return view;
    }

    /** The windows' LED signs, or null without {@code --window-strips} or window signs in the device file. */
    public WindowSigns strips() {
        return strips;
    }

    /** The voice, or null when muted. */
    public Announcer announcer() {
        return announcer;
    }

    @Override
    public void close() throws Exception {
        client.close();
        if (announcer != null) {
            announcer.close();
        }
        if (simulatedSigns != null) {
            simulatedSigns.close();
        }
    }
}
