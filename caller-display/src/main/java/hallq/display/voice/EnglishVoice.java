package hallq.display.voice;

/** Says an English sentence as {@link Pcm} samples. */
public interface EnglishVoice {
    float[] speak(String text);
}
