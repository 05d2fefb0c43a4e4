package hallq.hardware.led.max7219;

import hallq.hardware.led.LedDisplay;
import hallq.hardware.led.MonoBitmap;

/** A grid of chained MAX7219 8×8 modules on one SPI chip select. */
public final class Max7219Display implements LedDisplay {

    private final SpiWriter spi;
    private final Max7219Frames frames;

    public Max7219Display(SpiWriter spi, Max7219Frames frames, int brightness) {
        this.spi = spi;
        this.frames = frames;
        frames.initialize(brightness).forEach(spi::write);
    }

    @Override
    public int width() {
        return frames.width();
    }

    @Override
    public int height() {
        return frames.height();
    }

    @Override
    public synchronized void show(MonoBitmap frame) {
        frames.frame(frame).forEach(spi::write);
    }

    @Override
    public synchronized void brightness(int level) {
        spi.write(frames.brightness(level));
    }

    @Override
    public synchronized void close() {
        // Shutdown mode blanks the LEDs; a dead app should not leave an old call on the sign.
        spi.write(frames.shutdown());
        spi.close();
    }
}
