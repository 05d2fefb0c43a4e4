package hallq.pad.support;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.spi.MockSpiProvider;
import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFileLoader;

/** A node's devices over Pi4J's mock platform: the real button, rating and sign code, pins set by the test. */
public final class MockGpio implements AutoCloseable {
    public final Context pi4j;
    public final NodeHardware hardware;

    public MockGpio(String deviceFileYaml) {
        pi4j = Pi4J.newContextBuilder()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance(),
                        MockSpiProvider.newInstance())
                .build();
        hardware = NodeHardware.builder(DeviceFileLoader.parse(deviceFileYaml)).pi4j(pi4j).open();
    }

    /** Drives the pin of a button (named as NodeHardware names it: "call-next", "rating-5", ...). */
    public void set(String input, boolean high) {
        pi4j.io(input, MockDigitalInput.class).mockState(high ? DigitalState.HIGH : DigitalState.LOW);
    }

    @Override
    public void close() {
        hardware.close();
        pi4j.shutdown();
    }
}
