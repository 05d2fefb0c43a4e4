package hallq.display.voice;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The announcer's one sound format: mono float samples in [-1, 1] at {@link #RATE} Hz. Every clip, whatever its
 * own format, is converted to it when loaded, so clips join by simple concatenation.
 */
public final class Pcm {
    public static final int RATE = 16000;
    public static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);

    private Pcm() {
    }

    public static int millis(int ms) {
        return RATE * ms / 1000;
    }

    /** Reads a WAV (any PCM rate, 8/16 bit, mono or stereo) into mono samples at {@link #RATE}. */
    public static float[] read(InputStream in) throws IOException {
        try (AudioInputStream src = AudioSystem.getAudioInputStream(new BufferedInputStream(in))) {
            AudioFormat f = src.getFormat();
            AudioFormat pcm16 = new AudioFormat(f.getSampleRate(), 16, f.getChannels(), true, false);
            try (AudioInputStream s = AudioSystem.getAudioInputStream(pcm16, src)) {
                byte[] b = s.readAllBytes();
                int ch = f.getChannels();
                int frames = b.length / (2 * ch);
                float[] mono = new float[frames];
                for (int i = 0; i < frames; i++) {
                    float sum = 0;
                    for (int c = 0; c < ch; c++) {
                        int k = 2 * (i * ch + c);
                        sum += (short) ((b[k] & 0xff) | (b[k + 1] << 8)) / 32768f;
                    }
                    mono[i] = sum / ch;
                }
                return resample(mono, f.getSampleRate());
            }
        } catch (UnsupportedAudioFileException e) {
            throw new IOException("not a WAV this announcer can read: " + e.getMessage(), e);
        }
    }

    public static float[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Linear interpolation from {@code fromRate} to {@link #RATE}. */
    public static float[] resample(float[] in, float fromRate) {
        if (Math.abs(fromRate - RATE) < 0.5f || in.length == 0) {
            return in;
        }
        int n = (int) Math.round((double) in.length * RATE / fromRate);
        float[] out = new float[n];
        double step = fromRate / (double) RATE;
        for (int i = 0; i < n; i++) {
            double x = i * step;
            int j = (int) x;
            double t = x - j;
            float a = in[Math.min(j, in.length - 1)];
            float b = in[Math.min(j + 1, in.length - 1)];
            out[i] = (float) (a + (b - a) * t);
        }
        return out;
    }

    /** A copy with short linear fades at both ends, so clips join without clicks. */
    public static float[] faded(float[] in, int fadeSamples) {
        float[] out = in.clone();
        int n = Math.min(fadeSamples, out.length / 2);
        for (int i = 0; i < n; i++) {
            float g = (float) i / n;
            out[i] *= g;
            out[out.length - 1 - i] *= g;
        }
        return out;
    }

    public static float[] scaled(float[] in, double gain) {
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (float) Math.max(-1, Math.min(1, in[i] * gain));
        }
        return out;
    }

    public static double rms(float[] s) {
        if (s.length == 0) {
            return 0;
        }
        double sum = 0;
        for (float x : s) {
            sum += x * x;
        }
        return Math.sqrt(sum / s.length);
    }

    public static byte[] bytes(float[] s) {
        byte[] b = new byte[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            int v = Math.round(Math.max(-1, Math.min(1, s[i])) * 32767);
            b[2 * i] = (byte) v;
            b[2 * i + 1] = (byte) (v >> 8);
        }
        return b;
    }

    public static void writeWav(float[] s, Path file) throws IOException {
        try (AudioInputStream a = new AudioInputStream(new ByteArrayInputStream(bytes(s)), FORMAT, s.length)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(a, AudioFileFormat.Type.WAVE, out);
            Files.write(file, out.toByteArray());
        }
    }
}
