package hallq.display.app;

import hallq.display.model.Call;
import hallq.hardware.led.LedStrip;
import hallq.hardware.led.LoggingLedStrip;
import hallq.hardware.led.SimulatedLedDisplay;
import hallq.hardware.led.TextLedStrip;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The optional LED signs over the windows, driven by the display: a live call shows its number on the sign of
 * its window (a recall with a trailing {@code *}). Off a Pi the signs are the hardware module's simulated,
 * logging ones ({@code --window-strips 1,2,3}).
 */
public final class WindowStrips implements AutoCloseable {
    private final Map<String, LedStrip> strips;
    private final ScheduledExecutorService scheduler;

    public WindowStrips(Map<String, LedStrip> byCounter, ScheduledExecutorService scheduler) {
        this.strips = Map.copyOf(byCounter);
        this.scheduler = scheduler;
    }

    /** Simulated 64x8 signs for these window ids, each logging what it shows. */
    public static WindowStrips simulated(Collection<String> counters) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hallq-window-strips");
            t.setDaemon(true);
            return t;
        });
        Map<String, LedStrip> m = new LinkedHashMap<>();
        for (String c : counters) {
            SimulatedLedDisplay sim = new SimulatedLedDisplay(64, 8);
            m.put(c, new LoggingLedStrip(new TextLedStrip(sim, s, Duration.ofMillis(40)), sim));
        }
        return new WindowStrips(m, s);
    }

    public LedStrip strip(String counter) {
        return strips.get(counter);
    }

    public void call(Call c) {
        LedStrip s = strips.get(c.counterId());
        if (s != null) {
            s.show(c.number() + (c.recall() ? " *" : ""));
        }
    }

    @Override
    public void close() {
        strips.values().forEach(LedStrip::close);
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
