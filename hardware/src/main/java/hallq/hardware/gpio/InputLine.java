package hallq.hardware.gpio;

import java.util.function.Consumer;

/**
 * One digital input as the devices see it: "active" already accounts for active-low wiring.
 * Raw and undebounced; {@code hallq.hardware.button.DebouncedButton} makes sense of it.
 */
public interface InputLine extends AutoCloseable {

    String name();

    boolean isActive();

    /** Called on every raw level change, from whatever thread the driver uses. */
    void onChange(Consumer<Boolean> listener);

    @Override
    void close();
}
