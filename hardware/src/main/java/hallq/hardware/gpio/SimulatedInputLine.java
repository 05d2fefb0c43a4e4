package hallq.hardware.gpio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** An input with no hardware behind it; {@link #set} plays the wire (desktop runs, tests). */
public final class SimulatedInputLine implements InputLine {

    private final String name;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean active;

    public SimulatedInputLine(String name) {
        this.name = name;
    }

    public void set(boolean active) {
        boolean changed;
        synchronized (this) {
            changed = this.active != active;
            this.active = active;
        }
        if (changed) {
            listeners.forEach(l -> l.accept(active));
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
