package hallq.hardware;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.serial.MockSerialProvider;
import com.pi4j.plugin.mock.provider.spi.MockSpi;
import com.pi4j.plugin.mock.provider.spi.MockSpiProvider;

/** Pi4J's mock platform, built explicitly so no real provider is auto-detected. */
public final class MockPi4j {

    private MockPi4j() {
    }

    public static Context context() {
        return Pi4J.newContextBuilder()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(),
                        MockDigitalOutputProvider.newInstance(),
                        MockSpiProvider.newInstance(),
                        MockSerialProvider.newInstance())
                .build();
    }

    public static MockDigitalInput input(Context pi4j, String id) {
        return pi4j.io(id, MockDigitalInput.class);
    }

    public static MockDigitalOutput output(Context pi4j, String id) {
        return pi4j.io(id, MockDigitalOutput.class);
    }

    public static MockSpi spi(Context pi4j, String id) {
        return pi4j.io(id, MockSpi.class);
    }
}
