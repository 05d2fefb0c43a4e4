package hallq.hardware.led;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.hardware.led.max7219.Max7219Display;
import hallq.hardware.led.max7219.Max7219Frames;
import hallq.hardware.led.max7219.Max7219Frames.ChainStart;
import hallq.hardware.led.max7219.ModuleOrientation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What goes over SPI to a chain of MAX7219 modules, and how text becomes the bitmap it carries. */
class Max7219Test {

    /** Reads SPI frame transactions back into the picture they put on a chain (TOP_LEFT, ROWS_MSB_LEFT). */
    private static MonoBitmap decode(List<byte[]> frame, int modulesWide) {
        MonoBitmap out = new MonoBitmap(modulesWide * 8, 8);
        for (byte[] tx : frame) {
            for (int position = 0; position < modulesWide; position++) {
                int slot = (modulesWide - 1 - position) * 2;
                int row = tx[slot] - 1;
                int bits = tx[slot + 1] & 0xFF;
                for (int i = 0; i < 8; i++) {
                    out.set(position * 8 + i, row, (bits & (0x80 >> i)) != 0);
                }
            }
        }
        return out;
    }

    @Test
    void aKnownPictureGivesTheExpectedRegisterWordsFarthestModuleFirst() {
        Max7219Frames frames = new Max7219Frames(2, 1, ChainStart.TOP_LEFT, ModuleOrientation.ROWS_MSB_LEFT);
        MonoBitmap picture = new MonoBitmap(16, 8);
        picture.set(0, 0, true);   // top left: module 0 (next to the Pi), row 0, leftmost column
        picture.set(15, 7, true);  // bottom right: module 1, row 7, rightmost column
        picture.set(9, 3, true);   // module 1, row 3, second column
        List<byte[]> tx = frames.frame(picture);
        assertThat(tx).hasSize(8);
        assertThat(tx.get(0)).containsExactly(0x01, 0x00, 0x01, 0x80);
        assertThat(tx.get(3)).containsExactly(0x04, 0x40, 0x04, 0x00);
        assertThat(tx.get(7)).containsExactly(0x08, 0x01, 0x08, 0x00);
        assertThat(tx.get(5)).containsExactly(0x06, 0x00, 0x06, 0x00);
    }

    @Test
    void theWordsReadBackIntoThePictureForEveryChainStartAndOrientation() {
        MonoBitmap picture = new LedTextRenderer(16).render("重呼A007").window(0, 64, false);
        for (ChainStart start : ChainStart.values()) {
            for (ModuleOrientation o : ModuleOrientation.values()) {
                Max7219Frames frames = new Max7219Frames(8, 2, start, o);
                List<byte[]> words = frames.frame(picture);
                words.addAll(0, frames.initialize(7)); // settings in the stream change no pixel
                MonoBitmap back = frames.picture(new MonoBitmap(64, 16), words);
                assertThat(back).as("%s %s", start, o).isEqualTo(picture);
            }
        }
        Max7219Frames frames = new Max7219Frames(2, 1, ChainStart.TOP_LEFT, ModuleOrientation.ROWS_MSB_LEFT);
        byte[] stream = {0x0C, 1, 0x0C, 1, 0x01, (byte) 0x80, 0x01, 0x00};
        assertThat(frames.transactions(stream)).hasSize(2);
        MonoBitmap one = frames.picture(new MonoBitmap(16, 8), frames.transactions(stream));
        assertThat(one.litCount()).isEqualTo(1);
        assertThat(one.get(8, 0)).as("the first word of a transaction is for the farthest module").isTrue();
        assertThat(one.get(0, 0)).isFalse();
    }

    @Test
    void theChainIsInitialisedThenLitAndDimmedForEveryModule() {
        Max7219Frames frames = new Max7219Frames(4, 1, ChainStart.TOP_LEFT, ModuleOrientation.ROWS_MSB_LEFT);
        List<byte[]> init = frames.initialize(5);
        assertThat(init).extracting(t -> t[0]).containsExactly((byte) 0x0F, (byte) 0x09, (byte) 0x0B, (byte) 0x0A,
                (byte) 0x0C);
        assertThat(init.get(3)).containsExactly(0x0A, 5, 0x0A, 5, 0x0A, 5, 0x0A, 5);
        assertThat(frames.brightness(15)).containsExactly(0x0A, 15, 0x0A, 15, 0x0A, 15, 0x0A, 15);
        assertThat(frames.shutdown()).containsExactly(0x0C, 0, 0x0C, 0, 0x0C, 0, 0x0C, 0);
    }

    @Test
    void textOnTheSignIsExactlyTheRenderedBitmapOnTheWire() throws Exception {
        List<byte[]> wire = new ArrayList<>();
        Max7219Frames frames = new Max7219Frames(4, 1, ChainStart.TOP_LEFT, ModuleOrientation.ROWS_MSB_LEFT);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (Max7219Display display = new Max7219Display(wire::add, frames, 3)) {
            TextLedStrip strip = new TextLedStrip(display, scheduler, Duration.ofMillis(50));
            wire.clear();
            strip.showStatic("A7");
            assertThat(wire).hasSize(8);
            MonoBitmap rendered = new LedTextRenderer(8).render("A7");
            MonoBitmap onWire = decode(wire, 4);
            assertThat(onWire.litCount()).isEqualTo(rendered.litCount()).isPositive();
            // centred: the rendered text appears whole somewhere on the 32 columns
            int offset = -1;
            for (int dx = 0; dx + rendered.width() <= 32 && offset < 0; dx++) {
                if (onWire.window(dx, rendered.width(), false).equals(rendered)) {
                    offset = dx;
                }
            }
            assertThat(offset).as("the text's bitmap, centred on the sign:\n%s", onWire.toAscii()).isNotNegative();
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void chineseRendersWithInkAtTheSignsHeight() throws Exception {
        for (int height : new int[] {8, 16}) {
            LedTextRenderer r = new LedTextRenderer(height);
            MonoBitmap call = r.render("请A007号到3号窗口");
            assertThat(call.height()).isEqualTo(height);
            assertThat(call.width()).as("ten glyphs").isGreaterThanOrEqualTo(10 * height / 2);
            assertThat(call.litCount()).isGreaterThan(call.width() * height / 10);
            MonoBitmap window = r.render("窗");
            MonoBitmap mouth = r.render("口");
            assertThat(window.litCount()).as("a missing glyph draws nothing or a box").isPositive();
            assertThat(window).isNotEqualTo(mouth);
            assertThat(window.litCount()).isGreaterThan(mouth.litCount());
            Path png = Path.of("target", "led-previews", "call-" + height + "px.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(call.toImage(6), "png", png.toFile());
        }
    }
}
