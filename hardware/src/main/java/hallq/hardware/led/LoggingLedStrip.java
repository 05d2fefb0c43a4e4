package hallq.hardware.led;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what a (simulated) sign shows, with a picture of still text, so a desktop run can be followed in the log. */
public final class LoggingLedStrip implements LedStrip {

    private static final Logger log = LoggerFactory.getLogger(LoggingLedStrip.class);

    private final LedStrip strip;
    private final SimulatedLedDisplay display;

    public LoggingLedStrip(LedStrip strip, SimulatedLedDisplay display) {
        this.strip = strip;
        this.display = display;
    }

    @Override
    public void show(String text) {
        strip.show(text);
        logShown(text);
    }

    @Override
    public void showStatic(String text) {
        strip.showStatic(text);
        logShown(text);
    }

    @Override
    public void scroll(String text) {
        strip.scroll(text);
        log.info("[sim] LED scrolls: {}", text);
    }

    private void logShown(String text) {
        if (strip.isScrolling()) {
            log.info("[sim] LED scrolls: {}", text);
        } else if (log.isInfoEnabled()) {
            log.info("[sim] LED shows: {}\n{}", text, display.lastFrame().toAscii());
        }
    }

    @Override
    public void clear() {
        strip.clear();
        log.info("[sim] LED cleared");
    }

    @Override
    public void brightness(int level) {
        strip.brightness(level);
    }

    @Override
    public int widthPixels() {
        return strip.widthPixels();
    }

    @Override
    public int heightPixels() {
        return strip.heightPixels();
    }

    @Override
    public boolean isScrolling() {
        return strip.isScrolling();
    }

    @Override
    public String text() {
        return strip.text();
    }

    @Override
    public void close() {
        strip.close();
    }
}
