package hallq.hardware.lamp;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import hallq.hardware.EventRecorder;
import hallq.hardware.MockPi4j;
import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFileLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MockPlatformLampTest {

    private Context pi4j;
    private NodeHardware hw;

    @BeforeEach
    void open() {
        pi4j = MockPi4j.context();
        hw = NodeHardware.builder(DeviceFileLoader.parse("""
                        node: test-counter
                        gpio: { provider: mock }
                        lamps:
                          call-light:  { pin: 5 }
                          relay-light: { pin: 6, activeLow: true }
                        """))
                .pi4j(pi4j)
                .open();
    }

    @AfterEach
    void close() {
        hw.close();
        pi4j.shutdown();
    }

    @Test
    void onAndOffSetTheMockOutput() {
        MockDigitalOutput pin = MockPi4j.output(pi4j, "call-light");
        Lamp lamp = hw.lamp("call-light");
        assertThat(pin.state()).isEqualTo(DigitalState.LOW);

        lamp.on();
        assertThat(pin.state()).isEqualTo(DigitalState.HIGH);
        assertThat(lamp.mode()).isEqualTo(LampMode.ON);

        lamp.off();
        assertThat(pin.state()).isEqualTo(DigitalState.LOW);
        assertThat(lamp.mode()).isEqualTo(LampMode.OFF);
    }

    @Test
    void activeLowLampDrivesThePinLowToLight() {
        MockDigitalOutput pin = MockPi4j.output(pi4j, "relay-light");
        assertThat(pin.state()).isEqualTo(DigitalState.HIGH);
        hw.lamp("relay-light").on();
        assertThat(pin.state()).isEqualTo(DigitalState.LOW);
    }

    @Test
    void blinkTogglesTheOutputUntilSwitchedOff() throws Exception {
        MockDigitalOutput pin = MockPi4j.output(pi4j, "call-light");
        EventRecorder<DigitalState> states = new EventRecorder<>();
        pin.addListener(e -> states.add(e.state()));
        Lamp lamp = hw.lamp("call-light");

        lamp.blink(Duration.ofMillis(20), Duration.ofMillis(30));
        List<DigitalState> seen = states.awaitCount(5, Duration.ofSeconds(5));

        assertThat(lamp.mode()).isEqualTo(LampMode.BLINKING);
        assertThat(seen.subList(0, 5)).containsExactly(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH,
                DigitalState.LOW, DigitalState.HIGH);

        lamp.off();
        assertThat(pin.state()).isEqualTo(DigitalState.LOW);
        assertThat(lamp.mode()).isEqualTo(LampMode.OFF);
    }
}
