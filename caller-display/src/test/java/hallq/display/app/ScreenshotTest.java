package hallq.display.app;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.display.model.DisplayState;
import hallq.display.support.Await;
import hallq.testkit.hall.TestHall;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole display against a real queue server in a busy moment, rendered headless at 1920x1080 and 1080x1920
 * into {@code target/screenshots/}. The copies in {@code docs/} are these files, looked at by eye.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    private static final Path OUT = Path.of("target", "screenshots");
    /** 10:18:12 in the hall. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T02:18:12Z"), ZoneOffset.UTC);

    private Stage stage;
    private TestHall hall;
    private DisplayAssembly display;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void up() throws Exception {
        hall = new TestHall();
    }

    @AfterEach
    void down() throws Exception {
        if (display != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                display.close();
                return null;
            }).get();
        }
        hall.close();
    }

    private void open(Layout layout, String device, String token) throws Exception {
        open(layout, device, token, layout.width, layout.height);
    }

    private void open(Layout layout, String device, String token, int width, int height) throws Exception {
        DisplayOptions o = DisplayOptions.parse(List.of("--server", hall.ws().toString(), "--device", device,
                "--token", token, "--layout", layout.name().toLowerCase(), "--mute"), java.util.Map.of());
        WaitForAsyncUtils.asyncFx(() -> {
            display = new DisplayAssembly(o, null, NOW);
            scene = new Scene(display.view().root(), width, height);
            stage.setScene(scene);
            stage.sizeToScene();
            stage.show();
            display.start();
        }).get();
    }

    /** Tickets in four zones, five windows calling, one recall: the newest is the recall of A002 at window 3. */
    private String busyHall() throws Exception {
        for (String z : List.of("legal", "legal", "legal", "natural", "natural", "estate", "project", "pickup")) {
            hall.issue(z);
        }
        hall.issue("legal", true);
        hall.issue("natural", true);
        hall.issue("legal");
        hall.issue("legal");
        TestHall.Pad p1 = hall.pad("1", "1001", "4821");
        TestHall.Pad p3 = hall.pad("3", "1002", "7315");
        TestHall.Pad p4 = hall.pad("4", "1003", "2648");
        TestHall.Pad p6 = hall.pad("6", "1004", "9152");
        TestHall.Pad p7 = hall.pad("7", "1005", "3307");
        p1.callNext();
        p4.callNext();
        p6.callNext();
        p7.callNext();
        p1.finish();
        p1.callNext();
        String last = p3.callNext();
        p3.recall();
        hall.issue("legal", true); // a green-channel ticket waits
        return last;
    }

    private Path shoot(String name, Layout layout) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name);
        ImageIO.write(out, "png", file.toFile());
        assertThat(w).isEqualTo(layout.width);
        assertThat(h).isEqualTo(layout.height);
        return file;
    }

    private void check(FxRobot robot, String recalled) throws Exception {
        DisplayState s = Await.until(display.model(), "the recall on top and a green ticket waiting",
                x -> x.newest() != null && x.newest().number().equals(recalled) && x.newest().recall()
                        && x.calls().size() == 6 && x.zones().stream().anyMatch(z -> z.greenWaiting() == 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> display.view().blinking()).get()).as("the new call blinks").isTrue();
        // the blink lights the call's frame and lets it go dark again, and the number stays readable throughout
        java.util.concurrent.CountDownLatch lightAndDark = new java.util.concurrent.CountDownLatch(2);
        java.util.List<Boolean> numberShown = new java.util.concurrent.CopyOnWriteArrayList<>();
        Label shownNumber = robot.lookup("#newest-number").queryAs(Label.class);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#newest").query().styleProperty().addListener((o, a, b) -> {
            numberShown.add(shownNumber.isVisible());
            lightAndDark.countDown();
        })).get();
        assertThat(lightAndDark.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("the frame blinks").isTrue();
        assertThat(numberShown).as("the number at each change of the blink").isNotEmpty().containsOnly(true);
        WaitForAsyncUtils.asyncFx(() -> display.view().stopBlinking()).get();
        assertThat(WaitForAsyncUtils.asyncFx(() -> display.view().lit()).get()).as("dark after the blink").isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#newest-number").queryAs(Label.class).getText()).isEqualTo(recalled);
        assertThat(robot.lookup("#newest-window").queryAs(Label.class).getText()).isEqualTo("3号窗口");
        assertThat(robot.lookup("#newest-en").queryAs(Label.class).getText()).as("the server's announce.en")
                .isEqualTo(s.newest().en()).isEqualTo("Number " + recalled + ", please go to Window 3");
        assertThat(robot.lookup("#newest-zh").queryAs(Label.class).getText()).as("the server's announce.zh")
                .isEqualTo(s.newest().zh()).isEqualTo("请" + recalled + "号到3号窗口办理");
        assertThat(robot.lookup("#recall-badge").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#hall-name").queryAs(Label.class).getText()).isEqualTo("示范区政务服务大厅");
        assertThat(robot.lookup("#clock").queryAs(Label.class).getText()).as("hours and minutes: a clock whose seconds repaint the screen every second costs a Pi core for nothing").isEqualTo("10:18");
        assertThat(robot.lookup(".recent-call").queryAll()).hasSize(5);
        assertThat(robot.lookup("#zone-legal-green").queryAs(Label.class).getText()).contains("绿色通道 1");
        assertThat(robot.lookup("#zone-legal-waiting").queryAs(Label.class).getText())
                .isEqualTo(String.valueOf(s.zones().stream().filter(z -> z.id().equals("legal")).findFirst()
                        .orElseThrow().waiting()));
        // the call's four lines leave room for every zone's count on the page
        for (String zone : List.of("legal", "natural", "estate", "project", "pickup")) {
            Label waiting = robot.lookup("#zone-" + zone + "-waiting").queryAs(Label.class);
            double bottom = WaitForAsyncUtils.asyncFx(() -> waiting.localToScene(waiting.getBoundsInLocal()).getMaxY())
                    .get();
            assertThat(bottom).as(zone + "'s waiting count on the page").isLessThanOrEqualTo(scene.getHeight());
        }
    }

    @Test
    void landscape(FxRobot robot) throws Exception {
        open(Layout.LANDSCAPE, "board-1", "demo-board-1");
        Await.until(display.model(), "hello", DisplayState::connected);
        assertThat(WaitForAsyncUtils.asyncFx(DisplayFonts::hasChinese).get())
                .as("a Chinese font is installed (Debian fonts-noto-cjk)").isTrue();
        String recalled = busyHall();
        check(robot, recalled);
        assertThat(Files.size(shoot("display-landscape.png", Layout.LANDSCAPE))).isGreaterThan(30_000);
    }

    @Test
    void portrait(FxRobot robot) throws Exception {
        open(Layout.PORTRAIT, "board-2", "demo-board-2");
        Await.until(display.model(), "hello", DisplayState::connected);
        String recalled = busyHall();
        check(robot, recalled);
        assertThat(Files.size(shoot("display-portrait.png", Layout.PORTRAIT))).isGreaterThan(30_000);
    }

    @Test
    void anIdleScreenInASmallWindowShowsEveryZone(FxRobot robot) throws Exception {
        open(Layout.LANDSCAPE, "board-1", "demo-board-1", 800, 450); // the caller display's window in hall.sh
        Await.until(display.model(), "hello with zones", x -> x.connected() && !x.zones().isEmpty()
                && x.newest() == null);
        WaitForAsyncUtils.waitForFxEvents();
        for (String zone : List.of("legal", "natural", "estate", "project", "pickup")) {
            Label waiting = robot.lookup("#zone-" + zone + "-waiting").queryAs(Label.class);
            double bottom = WaitForAsyncUtils.asyncFx(() -> waiting.localToScene(waiting.getBoundsInLocal()).getMaxY())
                    .get();
            assertThat(bottom).as(zone + "'s waiting count inside the window").isLessThanOrEqualTo(450);
        }
    }
}
