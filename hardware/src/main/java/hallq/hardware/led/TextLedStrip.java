package hallq.hardware.led;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** An {@link LedStrip} that renders text with {@link LedTextRenderer} onto any {@link LedDisplay}. */
public final class TextLedStrip implements LedStrip {

    private static final Logger log = LoggerFactory.getLogger(TextLedStrip.class);

    private final LedDisplay display;
    private final LedTextRenderer renderer;
    private final ScheduledExecutorService scheduler;
    private final Duration scrollStep;

    private ScheduledFuture<?> scrolling;
    private String text = "";

    public TextLedStrip(LedDisplay display, ScheduledExecutorService scheduler, Duration scrollStep) {
        this.display = display;
        this.renderer = new LedTextRenderer(display.height());
        this.scheduler = scheduler;
        this.scrollStep = scrollStep;
        display.show(new MonoBitmap(display.width(), display.height()));
    }

    @Override
    public synchronized void show(String text) {
        if (renderer.render(text).width() <= display.width()) {
            showStatic(text);
        } else {
            scroll(text);
        }
    }

    @Override
    public synchronized void showStatic(String text) {
        stopScrolling();
        this.text = text;
        display.show(still(renderer.render(text), display.width()));
        log.debug("LED static: {}", text);
    }

    /** Rendered text as a sign this wide shows it still: centred if it fits, else its start. */
    public static MonoBitmap still(MonoBitmap rendered, int width) {
        int start = rendered.width() <= width ? -(width - rendered.width()) / 2 : 0;
        return rendered.window(start, width, false);
    }

    @Override
    public synchronized void scroll(String text) {
        stopScrolling();
        this.text = text;
        // Text followed by one blank screen, so the end leaves before the start comes round again.
        MonoBitmap rendered = renderer.render(text);
        MonoBitmap loop = rendered.window(-display.width(), rendered.width() + display.width(), false);
        int[] offset = {0};
        scrolling = scheduler.scheduleAtFixedRate(() -> {
            synchronized (this) {
                display.show(loop.window(offset[0], display.width(), true));
                offset[0] = (offset[0] + 1) % loop.width();
            }
        }, 0, scrollStep.toNanos(), TimeUnit.NANOSECONDS);
        log.debug("LED scrolling: {}", text);
    }

    @Override
    public synchronized void clear() {
        stopScrolling();
        text = "";
        display.show(new MonoBitmap(display.width(), display.height()));
    }

    private void stopScrolling() {
        if (scrolling != null) {
            scrolling.cancel(false);
            scrolling = null;
        }
    }

    @Override
    public void brightness(int level) {
        if (level < 0 || level > 15) {
            throw new IllegalArgumentException("brightness must be 0..15, was " + level);
        }
        display.brightness(level);
    }

    @Override
    public int widthPixels() {
        return display.width();
    }

    @Override
    public int heightPixels() {
        return display.height();
    }

    @Override
    public synchronized boolean isScrolling() {
        return scrolling != null;
    }

    @Override
    public synchronized String text() {
        return text;
    }

    @Override
    public void close() {
        synchronized (this) {
            stopScrolling();
        }
        display.close();
    }
}
