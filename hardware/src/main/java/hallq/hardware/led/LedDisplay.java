package hallq.hardware.led;

/**
 * A dot-matrix panel that shows whole frames. The transport behind an {@link LedStrip}: MAX7219
 * chains over SPI today, a serial LED controller can implement this later.
 */
public interface LedDisplay extends AutoCloseable {

    int width();

    int height();

    /** Shows a frame exactly {@link #width()} × {@link #height()}. */
    void show(MonoBitmap frame);

    /** 0 (dimmest, still on) … 15. */
    void brightness(int level);

    @Override
    void close();
}
