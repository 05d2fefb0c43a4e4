package hallq.hardware.led.max7219;

import hallq.hardware.led.MonoBitmap;
import java.util.List;
import java.util.function.Supplier;

/**
 * Follows what a MAX7219 chain shows from the bytes that went over its SPI device (a logic analyser's capture,
 * Pi4J's mock SPI buffer): for diagnostics and tests.
 */
public final class Max7219Wire {
    private final Max7219Frames frames;
    private final Supplier<byte[]> bytesSinceLastLook;
    private MonoBitmap picture;

    /** @param bytesSinceLastLook the bytes written since the previous call, one transaction after another */
    public Max7219Wire(Max7219Frames frames, Supplier<byte[]> bytesSinceLastLook) {
        this.frames = frames;
        this.bytesSinceLastLook = bytesSinceLastLook;
        this.picture = new MonoBitmap(frames.width(), frames.height());
    }

    /** The transactions written since the last call; {@link #picture()} follows them. */
    public List<byte[]> drain() {
        List<byte[]> tx = frames.transactions(bytesSinceLastLook.get());
        picture = frames.picture(picture, tx);
        return tx;
    }

    /** What the chain shows after everything drained so far. */
    public MonoBitmap picture() {
        return picture;
    }
}
