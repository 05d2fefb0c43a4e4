package hallq.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalState;

/** A Pi4J digital output; starts and shuts down inactive so a lamp is never left lit by a crash. */
public final class Pi4jOutputLine implements OutputLine {

    private final String name;
    private final Context pi4j;
    private final DigitalOutput output;
    private final boolean activeLow;

    public Pi4jOutputLine(Context pi4j, String name, int bcmPin, boolean activeLow, String providerId) {
        this.name = name;
        this.pi4j = pi4j;
        this.activeLow = activeLow;
        DigitalState inactive = activeLow ? DigitalState.HIGH : DigitalState.LOW;
        DigitalOutputConfig config = DigitalOutput.newConfigBuilder(pi4j)
                .id(name)
                .name(name)
                .address(bcmPin)
                .initial(inactive)
                .shutdown(inactive)
                .provider(providerId)
                .build();
        this.output = pi4j.create(config);
        // Some providers ignore "initial"; make the resting level explicit.
        output.state(inactive);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void set(boolean active) {
        output.state(active != activeLow ? DigitalState.HIGH : DigitalState.LOW);
    }

    @Override
    public boolean isActive() {
        return (output.state() == DigitalState.HIGH) != activeLow;
    }

    @Override
    public void close() {
        if (!pi4j.isShutdown()) {
            set(false);
            pi4j.shutdown(output.id());
        }
    }
}
