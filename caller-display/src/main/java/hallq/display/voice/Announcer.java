package hallq.display.voice;

import hallq.display.model.Call;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks calls, one at a time, in the order they came: a chime, then the server's Mandarin sentence
 * ({@code announce.zh}) joined from recorded clips, then its English one ({@code announce.en}), the pair said
 * {@link VoiceSettings#repeats()} times: the screen shows the same texts, so what is heard is what is read. A
 * call waits in the queue until the one before it has been said to the end, so announcements never cut each
 * other off and a burst of calls is said in order. A recall is said again, with 重呼 first. Nothing is said in
 * quiet hours.
 */
public final class Announcer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Announcer.class);
    /** Silence after the chime and after each sentence. */
    public static final int PAUSE = Pcm.millis(400);
    /** Said before the English sentence of a recall, as 重呼 before the Mandarin one. */
    static final String RECALL_EN = "Calling again. ";

    /** One piece of an announcement as it goes to the sink. */
    public record Segment(String label, float[] samples) {
    }

    private final VoiceSettings settings;
    private final ClipLibrary clips;
    private final EnglishVoice english;
    private final Sink sink;
    private final Clock clock;
    private final float[] chime = Chime.dingDong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hallq-announcer");
        t.setDaemon(true);
        return t;
    });

    /** @param english null to say Mandarin only */
    public Announcer(VoiceSettings settings, ClipLibrary clips, EnglishVoice english, Sink sink, Clock clock) {
        this.settings = settings;
        this.clips = clips;
        this.english = settings.english() ? english : null;
        this.sink = sink;
        this.clock = clock;
    }

    /**
     * Queues a call. The future completes with true once it has been said to the end, false when quiet hours
     * kept it silent, exceptionally when the sound could not be made (the next call is still said).
     */
    public CompletableFuture<Boolean> announce(Call call) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                if (settings.quietAt(LocalTime.now(clock.withZone(settings.zone())))) {
                    done.complete(false);
                    return;
                }
                for (Segment s : script(call)) {
                    sink.play(s.label(), Pcm.scaled(s.samples(), settings.volume()));
                }
                done.complete(true);
            } catch (Exception | LinkageError e) {
                log.warn("could not announce {}: {}", call.number(), e.toString());
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Completes once everything queued before this call has been said (or skipped). */
    public CompletableFuture<Void> idle() {
        return CompletableFuture.runAsync(() -> {
        }, worker);
    }

    /** The Mandarin clips of a call: the server's sentence ({@code announce.zh}), read by {@link ClipScript}. */
    public static List<String> mandarinClips(Call call) {
        return ClipScript.mandarin(call.zh(), call.recall());
    }

    /** What is played for a call, in order (before the volume). */
    public List<Segment> script(Call call) {
        String n = call.number();
        List<Segment> out = new ArrayList<>();
        out.add(new Segment(n + " chime", chime));
        out.add(new Segment(n + " pause", new float[PAUSE]));
        float[] zh = clips.join(mandarinClips(call));
        float[] en = null;
        if (english != null && call.en() != null && !call.en().isEmpty()) {
            // the server's sentence; a recall is marked the way the screen marks it (重呼 Recall)
            en = english.speak(call.recall() ? RECALL_EN + call.en() : call.en());
        }
        for (int i = 1; i <= settings.repeats(); i++) {
            out.add(new Segment(n + " zh " + i, zh));
            out.add(new Segment(n + " pause", new float[PAUSE]));
            if (en != null) {
                out.add(new Segment(n + " en " + i, en));
                out.add(new Segment(n + " pause", new float[PAUSE]));
            }
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
        sink.close();
    }
}
