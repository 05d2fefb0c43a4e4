package hallq.display.signs;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.spi.MockSpi;
import com.pi4j.plugin.mock.provider.spi.MockSpiProvider;
import hallq.display.app.DisplayAssembly;
import hallq.display.app.DisplayOptions;
import hallq.display.model.DisplayState;
import hallq.display.support.Await;
import hallq.testkit.hall.TestHall;
import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFileLoader;
import hallq.hardware.led.LedTextRenderer;
import hallq.hardware.led.MonoBitmap;
import hallq.hardware.led.TextLedStrip;
import hallq.hardware.led.max7219.Max7219Frames;
import hallq.hardware.led.max7219.Max7219Wire;
import hallq.hardware.led.max7219.ModuleOrientation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The assembled display with its device file's window signs on Pi4J's mock SPI, against a real server: the
 * MAX7219 words of each call go to the sign of the window called, a recall is marked, a finished window's sign
 * goes dark, a paused one says so, and after the server was away the signs show what happened meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSignsFromServerTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DEVICE_FILE = """
            node: hall-screen
            windowSigns:
              "3": { provider: mock, spiBus: 0, chipSelect: 0, modulesWide: 8, modulesHigh: 2 }
              "5": { provider: mock, spiBus: 0, chipSelect: 1, modulesWide: 8, modulesHigh: 2 }
            """;
    /** The device file's defaults: chain starting top right, rows with the most significant bit left. */
    private static final Max7219Frames FRAMES = new Max7219Frames(8, 2, Max7219Frames.ChainStart.TOP_RIGHT,
            ModuleOrientation.ROWS_MSB_LEFT);

    private TestHall hall;
    private Context pi4j;
    private NodeHardware hardware;
    private DisplayAssembly display;
    private Max7219Wire three;
    private Max7219Wire five;
    private final LinkedBlockingQueue<String> shown = new LinkedBlockingQueue<>();

    @BeforeEach
    void up() throws Exception {
        hall = new TestHall();
        // the mock platform with mock SPI only, built explicitly so no real provider is auto-detected
        pi4j = Pi4J.newContextBuilder().add(new MockPlatform()).add(MockSpiProvider.newInstance()).build();
        hardware = NodeHardware.builder(DeviceFileLoader.parse(DEVICE_FILE)).pi4j(pi4j).open();
        three = wire(NodeHardware.windowSignId("3"));
        five = wire(NodeHardware.windowSignId("5"));
        DisplayOptions o = DisplayOptions.parse(List.of("--server", hall.ws().toString(), "--device", "board-1",
                "--token", "demo-board-1", "--mute"), Map.of());
        display = WaitForAsyncUtils.asyncFx(() -> new DisplayAssembly(o, null, Clock.systemUTC(), hardware)).get();
        display.strips().onShown((window, text) -> shown.add(window + ":" + text));
        display.start();
        Await.until(display.model(), "hello", DisplayState::connected);
        three.drain(); // power-up and the blank first frame
        five.drain();
    }

    @AfterEach
    void down() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            display.close();
            return null;
        }).get();
        hardware.close();
        pi4j.shutdown();
        hall.close();
    }

    private Max7219Wire wire(String spiId) {
        return new Max7219Wire(FRAMES, pi4j.io(spiId, MockSpi.class)::readEntireMockBuffer);
    }

    /** Waits until the display has put this text on this window's sign (the sign's own listener, a deadline). */
    private void awaitShown(String window, String text) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String want = window + ":" + text;
        while (true) {
            String s = shown.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(s).as("sign %s to show '%s' within %s", window, text, WAIT).isNotNull();
            if (s.equals(want)) {
                return;
            }
        }
    }

    /** The text as the 64x16 sign shows it still: rendered 16 dots tall, centred. */
    private static MonoBitmap still(String text) {
        MonoBitmap r = new LedTextRenderer(16).render(text);
        assertThat(r.width()).as("'%s' fits the sign without scrolling", text).isLessThanOrEqualTo(64);
        return TextLedStrip.still(r, 64);
    }

    /** Checks that the last frame on the wire is exactly the MAX7219 words of this text, and saves a picture. */
    private static void assertFrame(Max7219Wire sign, String text, String png) throws Exception {
        List<byte[]> words = sign.drain();
        assertThat(words.subList(Math.max(0, words.size() - 8), words.size())).as("the words of '%s'", text)
                .usingElementComparator(Arrays::compare).containsExactlyElementsOf(FRAMES.frame(still(text)));
        assertThat(sign.picture()).as("the sign shows '%s':\n%s", text, sign.picture().toAscii())
                .isEqualTo(still(text));
        Path file = Path.of("target", "led-previews", png);
        Files.createDirectories(file.getParent());
        ImageIO.write(sign.picture().toImage(8), "png", file.toFile());
    }

    @Test
    void aCallGoesToItsWindowsSignARecallIsMarkedAndTheSignFollowsTheWindow() throws Exception {
        String first = hall.issue("legal");
        TestHall.Pad pad3 = hall.pad("3", "1001", "4821");
        assertThat(pad3.callNext()).isEqualTo(first);
        awaitShown("3", "请" + first);
        assertFrame(three, "请" + first, "window-3-called.png");
        assertThat(three.picture().litCount()).isPositive();
        assertThat(five.drain()).as("window 5's sign is not touched by window 3's call").isEmpty();

        pad3.recall();
        awaitShown("3", "重呼" + first);
        assertFrame(three, "重呼" + first, "window-3-recall.png");

        pad3.start();
        awaitShown("3", first);
        assertFrame(three, first, "window-3-serving.png");

        pad3.finish();
        awaitShown("3", "");
        three.drain();
        assertThat(three.picture().litCount()).as("dark after the finish").isZero();

        pad3.pause();
        awaitShown("3", "暂停服务");
        assertFrame(three, "暂停服务", "window-3-paused.png");
        pad3.resume();
        awaitShown("3", "");
        three.drain();
        assertThat(three.picture().litCount()).as("dark when back to idle").isZero();
        assertThat(five.drain()).as("window 5's sign never written to").isEmpty();
    }

    @Test
    void afterTheServerWasAwayTheSignShowsWhatHappenedMeanwhile() throws Exception {
        String a = hall.issue("legal");
        String b = hall.issue("legal");
        TestHall.Pad pad3 = hall.pad("3", "1001", "4821");
        pad3.callNext();
        awaitShown("3", "请" + a);
        three.drain();

        // the display cannot reach the server while window 3 finishes, calls the next one and calls it again
        hall.elsewhere(other -> {
            TestHall.Pad away = hall.pad(other, "3", "1001", "4821");
            away.finish();
            assertThat(away.callNext()).isEqualTo(b);
            away.recall();
        });
        Await.until(display.model(), "the display back after the restart",
                s -> s.connected() && s.calls().stream().anyMatch(c -> c.number().equals(b)));
        awaitShown("3", "重呼" + b);
        assertFrame(three, "重呼" + b, "window-3-after-restart.png");
        assertThat(five.drain()).isEmpty();
    }
}
