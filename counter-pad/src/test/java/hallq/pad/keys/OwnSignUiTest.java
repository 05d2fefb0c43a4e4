package hallq.pad.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.plugin.mock.provider.spi.MockSpi;
import hallq.hardware.board.NodeHardware;
import hallq.hardware.button.ButtonEvent;
import hallq.hardware.led.LedTextRenderer;
import hallq.hardware.led.MonoBitmap;
import hallq.hardware.led.TextLedStrip;
import hallq.hardware.led.max7219.Max7219Frames;
import hallq.hardware.led.max7219.Max7219Wire;
import hallq.hardware.led.max7219.ModuleOrientation;
import hallq.pad.app.PadAssembly;
import hallq.pad.clerk.LinkState;
import hallq.pad.clerk.PadAction;
import hallq.pad.clerk.PadModel;
import hallq.pad.i18n.Texts;
import hallq.pad.link.PadLink;
import hallq.pad.support.FxWait;
import hallq.pad.support.MockGpio;
import hallq.testkit.hall.TestHall;
import hallq.protocol.CounterState;
import hallq.protocol.Op;
import hallq.protocol.Outcome;
import hallq.protocol.client.HallClient;
import hallq.protocol.message.Request;
import hallq.protocol.message.Requests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A pad that drives its own window's sign (its device file's {@code ledSign:}) on Pi4J's mock SPI, against a
 * real server: the MAX7219 words of the call, a recall marked, the number while serving, dark after the finish,
 * and right again after the server was away while the window went on.
 */
@ExtendWith(ApplicationExtension.class)
class OwnSignUiTest {
    private static final String DEVICE_FILE = """
            node: test-pad
            gpio: { provider: mock }
            buttons:
              call-next: { pin: 17, activeLow: false, debounceMs: 5, longPressMs: 300 }
            ledSign: { provider: mock, spiBus: 0, chipSelect: 0, modulesWide: 8, modulesHigh: 2 }
            """;
    private static final Max7219Frames FRAMES = new Max7219Frames(8, 2, Max7219Frames.ChainStart.TOP_RIGHT,
            ModuleOrientation.ROWS_MSB_LEFT);

    private TestHall hall;
    private MockGpio gpio;
    private PadAssembly pad;
    private PadModel model;
    private Max7219Wire sign;
    private final LinkedBlockingQueue<ButtonEvent.Type> callKey = new LinkedBlockingQueue<>();

    @Start
    void start(Stage stage) throws Exception {
        hall = new TestHall();
        gpio = new MockGpio(DEVICE_FILE);
        gpio.hardware.button("call-next").addListener(e -> callKey.add(e.type()));
        sign = new Max7219Wire(FRAMES, gpio.pi4j.io(NodeHardware.OWN_SIGN, MockSpi.class)::readEntireMockBuffer);
        pad = new PadAssembly(PadLink.to(hall.ws(), "pad-3", "demo-pad-3"), gpio.hardware,
                Texts.forLanguage("zh"), Clock.systemUTC(), PadModel.RATING_TIMEOUT);
        model = pad.model();
        stage.setScene(new Scene(pad.root(), 1024, 600));
        stage.show();
        pad.start();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(pad::close).get();
        gpio.close();
        hall.close();
    }

    private static MonoBitmap still(String text) {
        MonoBitmap r = new LedTextRenderer(16).render(text);
        assertThat(r.width()).as("'%s' fits the sign without scrolling", text).isLessThanOrEqualTo(64);
        return TextLedStrip.still(r, 64);
    }

    /** The last frame on the wire is exactly the MAX7219 words of this text; a picture of it is saved. */
    private void assertSign(String text, String png) throws Exception {
        List<byte[]> words = sign.drain();
        assertThat(words.subList(Math.max(0, words.size() - 8), words.size())).as("the words of '%s'", text)
                .usingElementComparator(Arrays::compare).containsExactlyElementsOf(FRAMES.frame(still(text)));
        assertThat(sign.picture()).as("the sign shows '%s':\n%s", text, sign.picture().toAscii())
                .isEqualTo(still(text));
        Path file = Path.of("target", "led-previews", png);
        Files.createDirectories(file.getParent());
        ImageIO.write(sign.picture().toImage(8), "png", file.toFile());
    }

    private void assertDark(String when) {
        sign.drain();
        assertThat(sign.picture().litCount()).as("the sign is dark %s", when).isZero();
    }

    private void perform(PadAction a) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.perform(a)).get();
    }

    @Test
    void theCallNextKeyPutsTheNumberOnTheWindowsOwnSignAndTheSignFollowsTheWindow() throws Exception {
        String first = hall.issue("legal");
        String second = hall.issue("legal");
        String third = hall.issue("legal");
        FxWait.until(model, "online", s -> s.link() == LinkState.ONLINE);
        WaitForAsyncUtils.asyncFx(() -> model.login("1001", "4821")).get();
        FxWait.until(model, "logged in", s -> s.counterState() == CounterState.IDLE && s.pending() == null);
        assertDark("before any call");

        gpio.set("call-next", true); // the physical key: a click calls on release
        assertThat(callKey.poll(5, TimeUnit.SECONDS)).isEqualTo(ButtonEvent.Type.PRESSED);
        gpio.set("call-next", false);
        assertThat(callKey.poll(5, TimeUnit.SECONDS)).isEqualTo(ButtonEvent.Type.RELEASED);
        FxWait.until(model, first + " called", s -> s.counterState() == CounterState.CALLED && s.pending() == null);
        assertSign("请" + first, "own-sign-called.png");

        perform(PadAction.RECALL);
        FxWait.until(model, "recalled", s -> s.ticket() != null && s.ticket().recalls() == 1 && s.pending() == null);
        assertSign("重呼" + first, "own-sign-recall.png");

        perform(PadAction.START);
        FxWait.until(model, "serving", s -> s.counterState() == CounterState.SERVING && s.pending() == null);
        assertSign(first, "own-sign-serving.png");

        WaitForAsyncUtils.asyncFx(() -> model.finish(Outcome.DONE, null)).get();
        FxWait.until(model, "finished", s -> s.counterState() == CounterState.IDLE && s.pending() == null);
        assertDark("after the finish");
        WaitForAsyncUtils.asyncFx(() -> model.rate(5)).get();
        FxWait.until(model, "back to the clerk", s -> s.rating() == null);

        perform(PadAction.CALL_NEXT);
        FxWait.until(model, second + " called", s -> s.ticket() != null && s.ticket().number().equals(second)
                && s.pending() == null);
        assertSign("请" + second, "own-sign-second.png");

        // the window goes on while this pad cannot reach the server (the clerk at a spare pad)
        hall.elsewhere(other -> {
            HallClient spare = new HallClient(other, "pad-3", "demo-pad-3", HallClient.Listener.quiet()).start();
            try {
                ok(spare, new Requests.Finish(Outcome.DONE, null));
                assertThat(ok(spare, new Requests.WindowAct(Op.CALL_NEXT)).ticket().number()).isEqualTo(third);
                ok(spare, new Requests.WindowAct(Op.RECALL));
            } finally {
                spare.close();
            }
        });
        FxWait.until(model, "back online with " + third, s -> s.link() == LinkState.ONLINE && s.ticket() != null
                && s.ticket().number().equals(third));
        assertSign("重呼" + third, "own-sign-after-restart.png");
    }

    /** The request's reply; a refusal fails the test. */
    private static <R> R ok(HallClient c, Request<R> request) throws Exception {
        return c.call(request).get(10, TimeUnit.SECONDS);
    }
}
