package hallq.display.voice;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** The sound device (javax.sound): each segment is written and drained before the next one. */
public final class LineSink implements Sink {
    private SourceDataLine line;

    @Override
    public void play(String label, float[] samples) throws LineUnavailableException {
        if (line == null) {
            line = AudioSystem.getSourceDataLine(Pcm.FORMAT);
            line.open(Pcm.FORMAT, Pcm.RATE); // half a second of buffer
            line.start();
        }
        byte[] b = Pcm.bytes(samples);
        line.write(b, 0, b.length);
        line.drain();
    }

    @Override
    public void close() {
        if (line != null) {
            line.close();
        }
    }
}
