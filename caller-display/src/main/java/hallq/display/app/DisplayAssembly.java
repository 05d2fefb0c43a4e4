package hallq.display.app;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.display.model.DisplayModel;
import hallq.display.voice.Announcer;
import hallq.display.voice.ClipLibrary;
import hallq.display.voice.EnglishVoice;
import hallq.display.voice.FreeTtsVoice;
import hallq.display.voice.LineSink;
import hallq.display.voice.Sink;
import hallq.protocol.client.HallClient;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of one caller display wired together: server link → model → view and announcer. Build it on the
 * JavaFX thread.
 */
public final class DisplayAssembly implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DisplayAssembly.class);

    private final DisplayModel model;
    private final DisplayView view;
    private final HallClient client;
    private final Announcer announcer;
    private final WindowStrips strips;

    /** @param sink where the voice goes, or null for no voice */
    public DisplayAssembly(DisplayOptions o, Sink sink, Clock clock) {
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
        strips = o.windowStrips().isEmpty() ? null : WindowStrips.simulated(o.windowStrips());
        if (strips != null) {
            model.onCall(strips::call);
        }
        client = new HallClient(o.server(), o.device(), o.token(), new HallClient.Listener() {
            @Override
            public void connected(JsonNode hello) {
                if (!hello.path("ok").asBoolean(true)) {
                    log.warn("hello refused: {}", hello.path("error"));
                    return;
                }
                model.connected(hello);
            }

            @Override
            public void event(JsonNode event) {
                model.event(event);
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
        }).events("called", "queue");
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

    /** The windows' LED signs, or null without {@code --window-strips}. */
    public WindowStrips strips() {
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
        if (strips != null) {
            strips.close();
        }
    }
}
