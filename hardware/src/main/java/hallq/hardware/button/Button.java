package hallq.hardware.button;

/**
 * A debounced push button: the counter pad's call-next / recall / no-show keys, the kiosk's
 * green-channel key, a rating key.
 *
 * <p>Listeners run on the hardware event thread, one event at a time and in order; they must not
 * block (hop to the UI thread with e.g. {@code Platform.runLater}).
 */
public interface Button extends AutoCloseable {

    String name();

    /** The debounced state. */
    boolean isPressed();

    void addListener(ButtonListener listener);

    void removeListener(ButtonListener listener);

    /**
     * Presses the button as if the physical key went down, skipping the debounce. Desktop apps bind
     * a keyboard key's press to this and its release to {@link #simulateUp()}; holding the key long
     * enough gives a long press. Repeated calls while down are ignored (keyboard auto-repeat).
     */
    void simulateDown();

    /** Releases a button pressed with {@link #simulateDown()}. */
    void simulateUp();

    /** A short press and release (an on-screen twin of the key). */
    default void simulateClick() {
        simulateDown();
        simulateUp();
    }

    @Override
    void close();
}
