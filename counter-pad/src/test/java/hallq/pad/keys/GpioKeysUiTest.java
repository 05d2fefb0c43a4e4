package hallq.pad.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import hallq.hardware.button.ButtonEvent;
import hallq.pad.app.PadAssembly;
import hallq.pad.clerk.LinkState;
import hallq.pad.clerk.PadModel;
import hallq.pad.i18n.Texts;
import hallq.pad.link.PadLink;
import hallq.pad.support.FxWait;
import hallq.pad.support.MockGpio;
import hallq.testkit.hall.TestHall;
import hallq.protocol.CounterState;
import java.time.Clock;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's physical keys on Pi4J's mock GPIO, against a real server: a key does what its button does. */
@ExtendWith(ApplicationExtension.class)
class GpioKeysUiTest {
    private static final String DEVICE_FILE = """
            node: test-pad
            gpio: { provider: mock }
            buttons:
              call-next: { pin: 17, activeLow: false, debounceMs: 5, longPressMs: 300 }
              recall:    { pin: 27, activeLow: false, debounceMs: 5 }
              no-show:   { pin: 22, activeLow: false, debounceMs: 5 }
              pause:     { pin: 23, activeLow: false, debounceMs: 5 }
            lamps:
              call-light: { pin: 5 }
            """;

    private TestHall hall;
    private MockGpio gpio;
    private PadAssembly pad;
    private PadModel model;
    private final LinkedBlockingQueue<ButtonEvent> keyEvents = new LinkedBlockingQueue<>();

    @Start
    void start(Stage stage) throws Exception {
        hall = new TestHall();
        gpio = new MockGpio(DEVICE_FILE);
        gpio.hardware.buttons().values().forEach(b -> b.addListener(keyEvents::add));
        pad = new PadAssembly(PadLink.to(hall.ws(), "pad-3", "demo-pad-3"), gpio.hardware,
                Texts.forLanguage("zh"), Clock.systemUTC(), PadModel.RATING_TIMEOUT);
        model = pad.model();
        stage.setScene(new Scene(pad.root(), 1024, 600));
        stage.sizeToScene();
        stage.show();
        pad.start();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(pad::close).get();
        gpio.close();
        hall.close();
    }

    /** Presses and releases a key, waiting for the debounced press and release before going on. */
    private void click(String key) throws InterruptedException {
        gpio.set(key, true);
        awaitKey(key, ButtonEvent.Type.PRESSED);
        gpio.set(key, false);
        awaitKey(key, ButtonEvent.Type.RELEASED);
    }

    private void awaitKey(String key, ButtonEvent.Type type) throws InterruptedException {
        while (true) {
            ButtonEvent e = keyEvents.poll(5, TimeUnit.SECONDS);
            assertThat(e).as("%s %s", key, type).isNotNull();
            if (e.button().equals(key) && e.type() == type) {
                return;
            }
        }
    }

    private boolean callLight() {
        return gpio.pi4j.io("call-light", MockDigitalOutput.class).state() == DigitalState.HIGH;
    }

    private JsonNode window3() throws Exception {
        return hall.counter("3");
    }

    @Test
    void theCallNextKeyCallsAsTheTouchButtonDoes(FxRobot robot) throws Exception {
        hall.issue("legal");
        hall.issue("legal");
        FxWait.until(model, "online", s -> s.link() == LinkState.ONLINE);
        WaitForAsyncUtils.asyncFx(() -> model.login("1001", "4821")).get();
        FxWait.until(model, "logged in", s -> s.counterState() == CounterState.IDLE && s.pending() == null);
        assertThat(callLight()).isFalse();

        // the touch button, once the screen shows what the model holds (the view follows on the next pulse)
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#action-call-next").query().isVisible());
        robot.clickOn("#action-call-next");
        FxWait.until(model, "A001 called", s -> s.counterState() == CounterState.CALLED && s.pending() == null);
        assertThat(window3().path("ticket").path("number").asText()).isEqualTo("A001");
        assertThat(window3().path("state").asText()).isEqualTo("called");
        assertThat(callLight()).as("call light while called").isTrue();

        click("no-show");
        FxWait.until(model, "A001 no-show", s -> s.counterState() == CounterState.IDLE && s.pending() == null);
        assertThat(callLight()).isFalse();
        assertThat(model.state().noShows()).containsExactly("A001");

        // the key
        click("call-next");
        FxWait.until(model, "A002 called", s -> s.counterState() == CounterState.CALLED && s.pending() == null);
        assertThat(model.state().ticket().number()).isEqualTo("A002");
        assertThat(window3().path("ticket").path("number").asText()).isEqualTo("A002");
        assertThat(window3().path("state").asText()).isEqualTo("called");
        assertThat(robot.lookup("#ticket-number").queryAs(Labeled.class).getText()).isEqualTo("A002");
        assertThat(callLight()).isTrue();

        click("recall");
        FxWait.until(model, "recalled", s -> s.ticket() != null && s.ticket().recalls() == 1);
    }

    @Test
    void thePauseKeyAndHoldingCallNextPauseAndResume() throws Exception {
        FxWait.until(model, "online", s -> s.link() == LinkState.ONLINE);
        WaitForAsyncUtils.asyncFx(() -> model.login("1001", "4821")).get();
        FxWait.until(model, "logged in", s -> s.counterState() == CounterState.IDLE && s.pending() == null);

        click("pause");
        FxWait.until(model, "paused", s -> s.counterState() == CounterState.PAUSED && s.pending() == null);
        assertThat(window3().path("state").asText()).isEqualTo("paused");
        click("pause");
        FxWait.until(model, "resumed", s -> s.counterState() == CounterState.IDLE && s.pending() == null);

        // held past its long-press time, call-next pauses instead of calling
        gpio.set("call-next", true);
        awaitKey("call-next", ButtonEvent.Type.LONG_PRESSED);
        gpio.set("call-next", false);
        awaitKey("call-next", ButtonEvent.Type.RELEASED);
        FxWait.until(model, "paused by the long press", s -> s.counterState() == CounterState.PAUSED
                && s.pending() == null);
        assertThat(window3().path("ticket").isNull()).as("nobody was called").isTrue();
    }

    @Test
    void aKeyWhoseActionCannotBeDoneSaysWhyOnTheScreen(FxRobot robot) throws Exception {
        hall.issue("legal");
        FxWait.until(model, "online", s -> s.link() == LinkState.ONLINE);
        click("call-next");
        FxWait.until(model, "told to log in", s -> s.notice() != null);
        assertThat(robot.lookup("#notice").queryAs(Labeled.class).getText()).isEqualTo("请先登录");
        assertThat(window3().path("state").asText()).isEqualTo("closed");
    }
}
