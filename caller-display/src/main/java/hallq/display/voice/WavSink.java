package hallq.display.voice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything played, one after another, into a WAV file written on {@link #close()}; and the segments kept. */
public final class WavSink implements Sink {
    public record Segment(String label, int samples) {
    }

    private final Path file;
    private final List<Segment> segments = new ArrayList<>();
    private float[] all = new float[0];
    private int length;

    public WavSink(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void play(String label, float[] samples) {
        if (length + samples.length > all.length) {
            all = java.util.Arrays.copyOf(all, Math.max(all.length * 2, length + samples.length));
        }
        System.arraycopy(samples, 0, all, length, samples.length);
        length += samples.length;
        segments.add(new Segment(label, samples.length));
    }

    public synchronized List<Segment> segments() {
        return List.copyOf(segments);
    }

    public synchronized float[] samples() {
        return java.util.Arrays.copyOf(all, length);
    }

    @Override
    public synchronized void close() throws IOException {
        Pcm.writeWav(samples(), file);
    }
}
