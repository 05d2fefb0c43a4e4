package hallq.hardware.button;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import hallq.hardware.Await;
import hallq.hardware.EventRecorder;
import hallq.hardware.MockPi4j;
import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFileLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static hallq.hardware.button.ButtonEvent.Type.LONG_PRESSED;
import static hallq.hardware.button.ButtonEvent.Type.PRESSED;
import static hallq.hardware.button.ButtonEvent.Type.RELEASED;
import static org.assertj.core.api.Assertions.assertThat;

/** Buttons built from a device file on Pi4J's mock platform, driven through mock digital inputs. */
class MockPlatformButtonTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Instant T0 = Instant.parse("2025-03-14T01:05:00Z");

    private Context pi4j;
    private NodeHardware hw;
    private ScheduledExecutorService events;

    @BeforeEach
    void open() {
        pi4j = MockPi4j.context();
        events = Executors.newSingleThreadScheduledExecutor();
        // activeLow false: the mock input starts LOW, which must read as "not pressed".
        hw = NodeHardware.builder(DeviceFileLoader.parse("""
                        node: test-counter
                        gpio: { provider: mock }
                        buttons:
                          call-next: { pin: 17, activeLow: false, debounceMs: 150, longPressMs: 3000 }
                          recall:    { pin: 27, activeLow: false, debounceMs: 20, longPressMs: 200 }
                          no-show:   { pin: 22, activeLow: true }
                        """))
                .pi4j(pi4j)
                .clock(Clock.fixed(T0, ZoneOffset.UTC))
                .scheduler(events)
                .open();
    }

    @AfterEach
    void close() {
        hw.close();
        pi4j.shutdown();
        events.shutdownNow();
    }

    /**
     * Lets the event thread handle what is queued so far (twice, so work it queued with no delay runs
     * too). Edges set one by one this way are each seen by the button, as on real hardware, instead of
     * collapsing into the last level before the button looks.
     */
    private void settleEdge(MockDigitalInput pin, DigitalState state) throws Exception {
        pin.mockState(state);
        for (int i = 0; i < 2; i++) {
            events.submit(() -> { }).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aBouncingPressReachesListenersOnce() throws Exception {
        EventRecorder<ButtonEvent> events = new EventRecorder<>();
        hw.button("call-next").addListener(events::add);
        MockDigitalInput pin = MockPi4j.input(pi4j, "call-next");

        // Contact chatter well inside the 150 ms debounce, then held down.
        for (DigitalState level : new DigitalState[]{DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH,
                DigitalState.LOW, DigitalState.HIGH}) {
            settleEdge(pin, level);
        }
        events.await(e -> e.type() == PRESSED, WAIT);
        assertThat(hw.button("call-next").isPressed()).isTrue();

        settleEdge(pin, DigitalState.LOW);
        settleEdge(pin, DigitalState.HIGH);
        settleEdge(pin, DigitalState.LOW);
        events.await(e -> e.type() == RELEASED, WAIT);

        // Events come out in order on one thread: by the release, every press event is in.
        assertThat(events.events()).extracting(ButtonEvent::type).containsExactly(PRESSED, RELEASED);
        assertThat(events.events()).allSatisfy(e -> {
            assertThat(e.button()).isEqualTo("call-next");
            assertThat(e.at()).isEqualTo(T0); // stamped by the injected clock
        });
    }

    @Test
    void aGlitchShorterThanTheDebounceIsIgnored() throws Exception {
        EventRecorder<ButtonEvent> events = new EventRecorder<>();
        hw.button("call-next").addListener(events::add);
        MockDigitalInput pin = MockPi4j.input(pi4j, "call-next");

        settleEdge(pin, DigitalState.HIGH); // spike
        settleEdge(pin, DigitalState.LOW);
        pin.mockState(DigitalState.HIGH);                              // then a real press
        events.await(e -> e.type() == PRESSED, WAIT);
        pin.mockState(DigitalState.LOW);
        events.await(e -> e.type() == RELEASED, WAIT);

        assertThat(events.events()).extracting(ButtonEvent::type).containsExactly(PRESSED, RELEASED);
    }

    @Test
    void holdingTheKeyGivesALongPressThenARelease() throws Exception {
        EventRecorder<ButtonEvent> events = new EventRecorder<>();
        hw.button("recall").addListener(events::add);
        MockDigitalInput pin = MockPi4j.input(pi4j, "recall");

        pin.mockState(DigitalState.HIGH);
        ButtonEvent longPress = events.await(e -> e.type() == LONG_PRESSED, WAIT);
        assertThat(longPress.longPress()).isTrue();
        pin.mockState(DigitalState.LOW);
        ButtonEvent release = events.await(e -> e.type() == RELEASED, WAIT);

        assertThat(release.longPress()).isTrue();
        assertThat(events.events()).extracting(ButtonEvent::type).containsExactly(PRESSED, LONG_PRESSED, RELEASED);
    }

    @Test
    void aShortPressIsNotALongPress() throws Exception {
        EventRecorder<ButtonEvent> events = new EventRecorder<>();
        hw.button("call-next").addListener(events::add);
        MockDigitalInput pin = MockPi4j.input(pi4j, "call-next");

        pin.mockState(DigitalState.HIGH);
        events.await(e -> e.type() == PRESSED, WAIT);
        pin.mockState(DigitalState.LOW);
        ButtonEvent release = events.await(e -> e.type() == RELEASED, WAIT);

        assertThat(release.longPress()).isFalse();
        assertThat(events.events()).extracting(ButtonEvent::type).containsExactly(PRESSED, RELEASED);
    }

    @Test
    void activeLowKeyPressesWhenThePinGoesLow() throws Exception {
        MockDigitalInput pin = MockPi4j.input(pi4j, "no-show");
        Button noShow = hw.button("no-show");
        // The mock pin starts LOW, i.e. "held" for an active-low key; its release at start-up is not reported.
        assertThat(noShow.isPressed()).isTrue();
        EventRecorder<ButtonEvent> events = new EventRecorder<>();
        noShow.addListener(events::add);
        pin.mockState(DigitalState.HIGH); // idle level with the pull-up
        Await.until(() -> !noShow.isPressed(), WAIT);

        pin.mockState(DigitalState.LOW);
        events.await(e -> e.type() == PRESSED, WAIT);
        pin.mockState(DigitalState.HIGH);
        events.await(e -> e.type() == RELEASED, WAIT);

        assertThat(events.events()).extracting(ButtonEvent::type).containsExactly(PRESSED, RELEASED);
    }

    @Test
    void simulateClickGivesPressAndReleaseWithoutDebounceDelay() throws Exception {
        EventRecorder<ButtonEvent> events = new EventRecorder<>();
        Button recall = hw.button("recall");
        recall.addListener(events::add);

        recall.simulateDown();
        recall.simulateDown(); // keyboard auto-repeat
        recall.simulateUp();

        events.await(e -> e.type() == RELEASED, WAIT);
        assertThat(events.events()).extracting(ButtonEvent::type).containsExactly(PRESSED, RELEASED);
    }
}
