package hallq.hardware.lamp;

import java.time.Duration;
import java.util.function.Consumer;

/** A lamp: the counter's "please rate" light, the call light, a rating key's light. */
public interface Lamp extends AutoCloseable {

    Duration DEFAULT_BLINK = Duration.ofMillis(500);

    String name();

    void on();

    void off();

    /** Blinks until told otherwise, starting lit. */
    void blink(Duration onTime, Duration offTime);

    default void blink() {
        blink(DEFAULT_BLINK, DEFAULT_BLINK);
    }

    LampMode mode();

    /** Told about every mode change (not every blink toggle), on the caller's thread. */
    void addModeListener(Consumer<LampMode> listener);

    @Override
    void close();
}
