package hallq.display.signs;

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
 * Simulated 64x8 signs that log what they show ({@code --window-strips 1,2,3}): a desktop trial of the window
 * signs without a device file.
 */
public final class SimulatedSigns implements AutoCloseable {
    private final Map<String, LedStrip> signs = new LinkedHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hallq-window-signs");
        t.setDaemon(true);
        return t;
    });

    public SimulatedSigns(Collection<String> windows) {
        for (String w : windows) {
            SimulatedLedDisplay sim = new SimulatedLedDisplay(64, 8);
            signs.put(w, new LoggingLedStrip(new TextLedStrip(sim, scheduler, Duration.ofMillis(40)), sim));
        }
    }

    public Map<String, LedStrip> signs() {
        return signs;
    }

    @Override
    public void close() {
        signs.values().forEach(LedStrip::close);
        scheduler.shutdownNow();
    }
}
