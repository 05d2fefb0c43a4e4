package hallq.display.voice;

/** Where the announcer's sound goes. {@link #play} returns when the sound has been played (or written). */
public interface Sink extends AutoCloseable {
    void play(String label, float[] samples) throws Exception;

    @Override
    default void close() throws Exception {
    }
}
