package hallq.hardware.led;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A sign with no hardware: keeps the last frame and hands every frame to listeners (a desktop app
 * can paint them). Frames are not logged one by one; {@link LoggingLedStrip} logs what is shown.
 */
public final class SimulatedLedDisplay implements LedDisplay {

    private static final Logger log = LoggerFactory.getLogger(SimulatedLedDisplay.class);

    private final int width;
    private final int height;
    private final List<Consumer<MonoBitmap>> listeners = new CopyOnWriteArrayList<>();
    private volatile MonoBitmap lastFrame;
    private volatile int brightness = 8;

    public SimulatedLedDisplay(int width, int height) {
        this.width = width;
        this.height = height;
        this.lastFrame = new MonoBitmap(width, height);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void show(MonoBitmap frame) {
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame " + frame.width() + "x" + frame.height()
                    + " does not match the sign " + width + "x" + height);
        }
        MonoBitmap copy = frame.copy();
        lastFrame = copy;
        listeners.forEach(l -> l.accept(copy));
    }

    public MonoBitmap lastFrame() {
        return lastFrame;
    }

    public void addFrameListener(Consumer<MonoBitmap> listener) {
        listeners.add(listener);
    }

    @Override
    public void brightness(int level) {
        brightness = level;
        log.info("[sim] LED brightness {}", level);
    }

    public int brightness() {
        return brightness;
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
