package hallq.display.support;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.spi.MockSpi;
import com.pi4j.plugin.mock.provider.spi.MockSpiProvider;
import hallq.hardware.led.MonoBitmap;
import hallq.hardware.led.max7219.Max7219Frames;
import java.util.List;

/**
 * What went over one sign's mock SPI device since the last look: the MAX7219 transactions, and the picture the
 * chain shows after them.
 */
public final class SignWire {
    private final MockSpi spi;
    private final Max7219Frames frames;
    private MonoBitmap picture;

    public SignWire(Context pi4j, String spiId, Max7219Frames frames) {
        this.spi = pi4j.io(spiId, MockSpi.class);
        this.frames = frames;
        this.picture = new MonoBitmap(frames.width(), frames.height());
    }

    /** Pi4J's mock platform with mock SPI only, built explicitly so no real provider is auto-detected. */
    public static Context mockPi4j() {
        return Pi4J.newContextBuilder().add(new MockPlatform()).add(MockSpiProvider.newInstance()).build();
    }

    /** The transactions written since the last call; the picture follows them. */
    public List<byte[]> drain() {
        List<byte[]> tx = frames.transactions(spi.readEntireMockBuffer());
        picture = frames.picture(picture, tx);
        return tx;
    }

    public MonoBitmap picture() {
        return picture;
    }
}
