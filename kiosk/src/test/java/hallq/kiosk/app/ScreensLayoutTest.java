package hallq.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFileLoader;
import hallq.hardware.printer.PrinterFault;
import hallq.hardware.printer.SimulatedTicketPrinter;
import hallq.kiosk.flow.FakeHallLink;
import hallq.kiosk.flow.KioskSettings;
import hallq.kiosk.flow.PrintState;
import hallq.kiosk.flow.Screen;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.ui.GlyphCheck;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.HallInfo;
import hallq.server.hall.HallFile;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every screen at 1920x1080, 1080x1920 and 800x480, in Chinese and English, checked for text size, touch target
 * size and nothing cut off or off screen, and saved as PNG under target/screenshots (the ones in docs/ come from here).
 * The server is scripted (the demo hall with opening hours); the printer is the simulated one.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensLayoutTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Path SHOTS = Path.of("target", "screenshots");
    static final HallConfig DEMO = HallFile.demo();
    static final HallConfig HALL = new HallConfig(
            new HallInfo(DEMO.hall().id(), DEMO.hall().name(), DEMO.hall().nameEn(), DEMO.hall().timezone(),
                    List.of("08:30-12:00", "14:00-17:30")),
            DEMO.policy(), DEMO.zones(), DEMO.counters(), DEMO.clerks(), DEMO.devices());
    static final String BAD_CHECK_ID = "11010519491231002" + "1"; // the real check character is X

    @TempDir
    Path tmp;
    Stage stage;
    FakeHallLink link;
    Kiosk kiosk;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    static Stream<Arguments> sizes() {
        List<Arguments> out = new ArrayList<>();
        for (int[] size : new int[][] {{1920, 1080}, {800, 480}, {1080, 1920}}) {
            for (Locale l : Texts.LANGUAGES) {
                out.add(Arguments.of(size[0], size[1], l));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @MethodSource("sizes")
    void everyScreenFitsAndIsBigEnough(int width, int height, Locale language) throws Exception {
        link = new FakeHallLink();
        Fx.read(() -> {
            NodeHardware hw = NodeHardware.builder(DeviceFileLoader.parse(String.join("\n",
                    "node: kiosk-layout",
                    "platform: simulated",
                    "printer: { link: simulated, qr: raster, outputFolder: '" + tmp.resolve("printed") + "' }",
                    ""))).open();
            kiosk = new Kiosk(KioskSettings.defaults("http://10.20.0.2:7700").withLanguage(language), link, hw);
            kiosk.show(stage, new int[] {width, height});
            link.connect(HALL, Map.of("legal", 12, "natural", 8, "estate", 23, "project", 2, "pickup", 0));
            return null;
        });
        String size = width + "x" + height;
        String lang = language.getLanguage();
        List<String> problems = new ArrayList<>();

        await("home", () -> kiosk.root().screen() instanceof Screen.Home);
        check("home", size, lang, problems);
        if (language.equals(Texts.CHINESE)) {
            assertZoneButtonsDrawChinese();
        }

        Fx.read(() -> {
            kiosk.model().greenTapped();
            return null;
        });
        check("home-green", size, lang, problems);
        Fx.read(() -> {
            kiosk.model().zoneTapped("natural");
            return null;
        });
        check("green-confirm", size, lang, problems);

        Fx.read(() -> {
            kiosk.model().back();
            kiosk.model().back();
            kiosk.model().idEntryTapped();
            for (char c : BAD_CHECK_ID.toCharArray()) {
                kiosk.model().idKey(c);
            }
            return null;
        });
        check("id-entry", size, lang, problems);

        Fx.read(() -> {
            kiosk.model().idClear();
            for (char c : "11010519491231002X".toCharArray()) {
                kiosk.model().idKey(c);
            }
            kiosk.model().idSubmit();
            return null;
        });
        check("home-id", size, lang, problems);

        // check-in (issue 17): the 预约取号 keypad with a slip explained
        Fx.read(() -> {
            kiosk.model().clearId();
            kiosk.model().checkInTapped();
            for (char c : "12345".toCharArray()) {
                kiosk.model().checkInKey(c);
            }
            kiosk.model().checkInSubmit();
            return null;
        });
        await("the check-in keypad", () -> kiosk.root().screen() instanceof Screen.CheckInEntry);
        check("checkin-entry", size, lang, problems);
        Fx.read(() -> {
            kiosk.model().back();
            return null;
        });

        issue("legal", ticket("A012", "legal", false, 11, 1500));
        await("the printed ticket", () -> kiosk.root().screen() instanceof Screen.TicketShown t
                && t.print() == PrintState.PRINTED);
        check("ticket", size, lang, problems);

        Fx.read(() -> {
            kiosk.model().done();
            ((SimulatedTicketPrinter) kiosk.hardware().printer().orElseThrow()).simulateFault(PrinterFault.PAPER_OUT);
            return null;
        });
        issue("natural", ticket("VB003", "natural", true, 0, 0));
        await("the unprinted ticket", () -> kiosk.root().screen() instanceof Screen.TicketShown t
                && t.print() == PrintState.FAILED);
        check("ticket-paper-out", size, lang, problems);

        Fx.read(() -> {
            kiosk.model().done();
            return null;
        });
        check("home-printer-down", size, lang, problems);

        Fx.read(() -> {
            kiosk.model().zoneTapped("estate");
            FakeHallLink.error(link.last("issue"), "CONFLICT", "PERSON_DAILY_LIMIT", "limit");
            return null;
        });
        await("the notice", () -> kiosk.root().screen() instanceof Screen.Notice);
        check("notice", size, lang, problems);

        Fx.read(() -> {
            kiosk.model().done();
            kiosk.model().zoneTapped("legal");
            link.drop("cannot connect: Connection refused");
            return null;
        });
        check("paused", size, lang, problems);

        assertThat(problems).isEmpty();
    }

    void issue(String zone, TicketView answer) {
        Fx.read(() -> {
            kiosk.model().zoneTapped(zone);
            FakeHallLink.ok(link.last("issue"), answer);
            return null;
        });
    }

    static TicketView ticket(String number, String zone, boolean green, int ahead, Integer waitSec) {
        return new TicketView(number, zone, green, TicketState.WAITING, "2026-11-22", "2026-11-22T09:15:00.000+08:00",
                null, null, ahead, waitSec, null, null, null, null, null, 0, null);
    }

    void await(String what, Callable<Boolean> condition) {
        Fx.await(WAIT, what, condition, () -> String.valueOf(Fx.read(() -> kiosk.root().screen())));
    }

    /** Lays out, checks and saves the screen now showing. */
    void check(String name, String size, String lang, List<String> problems) throws Exception {
        Scene scene = stage.getScene();
        List<String> found = Fx.read(() -> LayoutCheck.problems(scene));
        found.forEach(p -> problems.add(name + " " + size + " " + lang + ": " + p));
        WritableImage shot = Fx.read(() -> scene.snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(shot, null);
        Files.createDirectories(SHOTS);
        ImageIO.write(png, "png", SHOTS.resolve(name + "-" + lang + "-" + size + ".png").toFile());
        assertThat(png.getWidth()).isEqualTo(Integer.parseInt(size.split("x")[0]));
    }

    /** The zone buttons' own font must have the zone names' glyphs: without a CJK font they would be boxes. */
    void assertZoneButtonsDrawChinese() {
        List<Label> names = Fx.read(() -> kiosk.root().lookupAll(".zone-name").stream()
                .map(Label.class::cast).toList());
        assertThat(names).hasSize(HALL.zones().size() + 1);
        for (Label l : names) {
            boolean drawn = Fx.read(() -> GlyphCheck.canDisplay(l.getFont(), l.getText()));
            assertThat(drawn).as("font '%s' draws '%s'", Fx.read(() -> l.getFont().getFamily()), l.getText()).isTrue();
        }
    }
}
