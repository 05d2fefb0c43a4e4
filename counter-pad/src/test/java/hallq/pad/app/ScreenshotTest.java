package hallq.pad.app;

import static hallq.pad.support.Shown.shown;
import static org.assertj.core.api.Assertions.assertThat;

import hallq.pad.clerk.Notice;
import hallq.pad.clerk.PadModel;
import hallq.pad.i18n.Texts;
import hallq.pad.support.FakeLink;
import hallq.pad.support.FxWait;
import hallq.pad.support.Hellos;
import hallq.protocol.ClerkRef;
import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.Outcome;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.event.QueueChanged;
import hallq.protocol.message.Replies.NoShows;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the clerk's screen, the finish choices and the citizen's rating screen of window 3 in a busy moment,
 * at the 1024x600 of a typical 7" pad, into {@code target/screenshots/}. The copies in {@code docs/} are
 * these files, looked at by eye (Chinese must show as characters, not boxes).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    private static final Path OUT = Path.of("target", "screenshots");
    /** 09:18:12 in the hall: A007 was issued 09:00:00, called 09:12:30, started 09:13:00. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T01:18:12Z"), ZoneOffset.UTC);

    private final FakeLink link = new FakeLink();
    private PadAssembly pad;
    private PadModel model;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        pad = new PadAssembly(link, null, Texts.forLanguage("zh"), NOW, PadModel.RATING_TIMEOUT);
        model = pad.model();
        scene = new Scene(pad.root(), 1024, 600);
        stage.setScene(scene);
        stage.sizeToScene(); // the stage outlives a test: undo another test's resize
        stage.show();
        pad.start();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(pad::close).get();
    }

    private static TicketView a007(TicketState state) {
        return Hellos.ticket("A007", "legal", state);
    }

    private void busyWindow() throws Exception {
        CounterView serving = new CounterView("3", "3号窗口", "Window 3", CounterState.SERVING,
                a007(TicketState.SERVING), new ClerkRef("1001", "张三"), null, 18, 364);
        link.server().connected(Hellos.hello(Hellos.demo(), "pad-3", serving, 500));
        FxWait.until(model, "hello", s -> s.setup() != null);
        link.next("no-shows").ok(new NoShows(java.util.List.of("A003", "B002")));
        link.server().event(Hellos.event(501, new QueueChanged("legal", 12, 2, 1500)));
        link.server().event(Hellos.event(502, new QueueChanged("natural", 3, 0, 400)));
        WaitForAsyncUtils.asyncFx(() -> model.tell(Notice.info("notice.start", "A007"))).get();
        FxWait.until(model, "queues", s -> s.queues().get("natural").waiting() == 3 && s.notice() != null);
    }

    private Path shoot(String name) throws Exception {
        return shoot(name, 1024, 600);
    }

    private Path shoot(String name, int width, int height) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name);
        ImageIO.write(out, "png", file.toFile());
        assertThat(w).isEqualTo(width);
        assertThat(h).isEqualTo(height);
        return file;
    }

    @Test
    void theOfficialSevenInchPiDisplayGetsTheWholeScreenSmaller(FxRobot robot) throws Exception {
        busyWindow();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(800);
            stage.setHeight(480);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        shoot("clerk-screen-800x480.png", 800, 480);
        for (javafx.scene.Node b : robot.lookup(".action").queryAll()) {
            if (!shown(b)) {
                continue;
            }
            javafx.geometry.Bounds inScene = b.localToScene(b.getBoundsInLocal());
            assertThat(inScene.getMinX()).as("%s left edge", b.getId()).isGreaterThanOrEqualTo(0);
            assertThat(inScene.getMinY()).as("%s top edge", b.getId()).isGreaterThanOrEqualTo(0);
            assertThat(inScene.getMaxX()).as("%s right edge", b.getId()).isLessThanOrEqualTo(800);
            assertThat(inScene.getMaxY()).as("%s bottom edge", b.getId()).isLessThanOrEqualTo(480);
            if (b.getId().startsWith("action-")) {
                assertThat(inScene.getHeight()).as("%s still a finger's size", b.getId()).isGreaterThan(48);
            }
        }
    }

    @Test
    void theClerkScreenTheFinishChoicesAndTheRatingScreen(FxRobot robot) throws Exception {
        assertThat(PadFonts.hasChinese()).as("a Chinese font is installed (Debian fonts-noto-cjk)").isTrue();
        busyWindow();
        assertThat(Files.size(shoot("clerk-screen.png"))).isGreaterThan(10_000);

        robot.clickOn("#action-finish");
        shoot("finish-choices.png");
        robot.clickOn("#outcome-done");
        FakeLink.Sent finish = link.next("finish");
        assertThat(finish.args().path("outcome").asText()).isEqualTo("done");
        finish.okTicket(Hellos.ticket("A007", "legal", TicketState.DONE));
        FxWait.until(model, "rating", s -> s.rating() != null);
        assertThat(Files.size(shoot("rating-screen.png"))).isGreaterThan(10_000);
        assertThat(model.state().counter().ticket()).isNull();
        assertThat(Outcome.DONE.wire()).isEqualTo("done");
    }
}
