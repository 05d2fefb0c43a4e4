package hallq.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalInputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.io.gpio.digital.PullResistance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A Pi4J digital input (gpiod, linuxfs, pigpio or the mock provider). */
public final class Pi4jInputLine implements InputLine {

    private final Context pi4j;
    private final DigitalInput input;
    private final boolean activeLow;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final DigitalStateChangeListener pi4jListener;

    public Pi4jInputLine(Context pi4j, DigitalInput input, boolean activeLow) {
        this.pi4j = pi4j;
        this.input = input;
        this.activeLow = activeLow;
        this.pi4jListener = event -> {
            boolean active = toActive(event.state());
            listeners.forEach(l -> l.accept(active));
        };
        input.addListener(pi4jListener);
    }

    public static Pi4jInputLine create(Context pi4j, String name, int bcmPin, boolean activeLow, String providerId) {
        DigitalInputConfig config = DigitalInput.newConfigBuilder(pi4j)
                .id(name)
                .name(name)
                .address(bcmPin)
                // Active-low keys short the pin to ground, so the pin must idle high.
                .pull(activeLow ? PullResistance.PULL_UP : PullResistance.PULL_DOWN)
                .provider(providerId)
                .build();
        DigitalInput input = pi4j.create(config);
        return new Pi4jInputLine(pi4j, input, activeLow);
    }

    private boolean toActive(DigitalState state) {
        return (state == DigitalState.HIGH) != activeLow;
    }

    @Override
    public String name() {
        return input.id();
    }

    @Override
    public boolean isActive() {
        return toActive(input.state());
    }

    @Override
    public void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        input.removeListener(pi4jListener);
        listeners.clear();
        if (!pi4j.isShutdown()) {
            pi4j.shutdown(input.id());
        }
    }
}
