package hallq.display.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recorded Mandarin clips, by name ({@code qing}, {@code 7}, {@code A}, ...). A hall's own folder of
 * same-named WAVs wins clip by clip; the rest come from the default set in the jar (made by
 * {@code tools/make-clips.sh}). Each clip is converted to {@link Pcm}'s format and given short fades once.
 */
public final class ClipLibrary {
    static final String DEFAULTS = "/hallq/display/clips/";
    /** Fade at each end of a clip. */
    public static final int FADE = Pcm.millis(8);
    /** Silence between two clips of one sentence. */
    public static final int GAP = Pcm.millis(30);

    private final Path folder;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    /** @param folder the hall's own clips, or null for the default set only */
    public ClipLibrary(Path folder) {
        this.folder = folder;
    }

    public float[] clip(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private float[] load(String name) {
        try {
            if (folder != null) {
                Path own = folder.resolve(name + ".wav");
                if (Files.isRegularFile(own)) {
                    return Pcm.faded(Pcm.read(own), FADE);
                }
            }
            try (InputStream in = ClipLibrary.class.getResourceAsStream(DEFAULTS + name + ".wav")) {
                if (in == null) {
                    throw new IllegalArgumentException("no clip named " + name);
                }
                return Pcm.faded(Pcm.read(in), FADE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("clip " + name, e);
        }
    }

    /** The clips one after another with {@link #GAP} between them. */
    public float[] join(List<String> names) {
        int n = 0;
        for (String name : names) {
            n += clip(name).length;
        }
        n += GAP * Math.max(0, names.size() - 1);
        float[] out = new float[n];
        int at = 0;
        for (int i = 0; i < names.size(); i++) {
            float[] c = clip(names.get(i));
            System.arraycopy(c, 0, out, at, c.length);
            at += c.length + (i < names.size() - 1 ? GAP : 0);
        }
        return out;
    }
}
