package hallq.display.app;

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
import hallq.protocol.event.Event;
import hallq.protocol.event.EventKind;
import hallq.protocol.message.Replies.Welcome;
import hallq.terminal.link.HallClientLink;
import hallq.terminal.link.HallLink;
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
    private final HallLink link;
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
        EventKind[] kinds = strips == null ? new EventKind[] {EventKind.CALLED, EventKind.QUEUE}
                : new EventKind[] {EventKind.CALLED, EventKind.QUEUE, EventKind.COUNTER}; // the signs follow windows
        link = new HallClientLink(o.server(), o.device(), o.token(), Runnable::run, kinds)
                .queueEveryMs(QUEUE_EVERY_MS);
    }

    /** What the link hears, handed to the model and the signs on the link's own thread. */
    private HallClient.HallListener listener() {
        return new HallClient.HallListener() {
            @Override
            public void connected(Welcome hello) {
                model.connected(hello);
                if (strips != null) {
                    strips.connected(hello);
                }
            }

            @Override
            public void event(Event event) {
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
        };
    }

    /** The sound device, or null when muted. */
    public static Sink defaultSink(DisplayOptions o) {
        return o.mute() ? null : new LineSink();
    }

    public DisplayAssembly start() {
        link.start(listener());
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
        link.close();
        if (announcer != null) {
            announcer.close();
        }
        if (simulatedSigns != null) {
            simulatedSigns.close();
        }
    }
}
