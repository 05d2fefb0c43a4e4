package hallq.hardware.gpio;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An output with no hardware behind it; remembers its level and traces it at debug level. */
public final class SimulatedOutputLine implements OutputLine {

    private static final Logger log = LoggerFactory.getLogger(SimulatedOutputLine.class);

    private final String name;
    private volatile boolean active;

    public SimulatedOutputLine(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void set(boolean active) {
        this.active = active;
        log.debug("[sim] {} -> {}", name, active ? "on" : "off");
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void close() {
        active = false;
    }
}
