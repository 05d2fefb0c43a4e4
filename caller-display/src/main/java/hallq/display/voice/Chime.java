package hallq.display.voice;

/** The two-note "ding-dong" before an announcement, made here rather than shipped. */
public final class Chime {
    private Chime() {
    }

    public static float[] dingDong() {
        float[] ding = note(659.25, 450);
        float[] dong = note(523.25, 700);
        float[] out = new float[ding.length + dong.length];
        System.arraycopy(ding, 0, out, 0, ding.length);
        System.arraycopy(dong, 0, out, ding.length, dong.length);
        return out;
    }

    private static float[] note(double hz, int ms) {
        int n = Pcm.millis(ms);
        float[] s = new float[n];
        int attack = Pcm.millis(10);
        for (int i = 0; i < n; i++) {
            double t = (double) i / Pcm.RATE;
            double env = Math.min(1.0, (double) i / attack) * Math.exp(-3.0 * i / n) * (1.0 - (double) i / n);
            s[i] = (float) (0.45 * env * (Math.sin(2 * Math.PI * hz * t) + 0.3 * Math.sin(4 * Math.PI * hz * t)));
        }
        return s;
    }
}
