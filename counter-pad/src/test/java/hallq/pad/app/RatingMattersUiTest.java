package hallq.pad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.pad.clerk.LinkState;
import hallq.pad.clerk.PadModel;
import hallq.pad.rating.RatingPrompt;
import hallq.pad.support.FxWait;
import hallq.pad.support.RatingKeysPad;
import static hallq.pad.support.Shown.shown;
import hallq.pad.support.MockGpio;
import hallq.protocol.CounterState;
import hallq.testkit.hall.TestHall;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
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
 * Rating (issue 20, 一次一评、一事一评) on headless JavaFX against a real server of the demo hall (its matters), with
 * a five-key evaluator on mock GPIO: the clerk picks two matters handled by their pinyin initials on the picker's
 * letter keys (a third picked and removed), finishes, and the citizen is asked about each in order: the first by a
 * touch, the second by a key of the evaluator. The server keeps both ratings with their matters. Screenshots
 * {@code target/screenshots/rating-matters.png} (the citizen's screen) and {@code rating-matters-picker.png}.
 */
@ExtendWith(ApplicationExtension.class)
class RatingMattersUiTest {
    private static final Path OUT = Path.of("target", "screenshots");

    private RatingKeysPad live;
    private TestHall hall;
    private MockGpio gpio;
    private PadAssembly pad;
    private PadModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        live = RatingKeysPad.show(stage);
        hall = live.hall;
        gpio = live.gpio;
        pad = live.pad;
        model = live.model;
        scene = live.scene;
    }

    @AfterEach
    void stop() throws Exception {
        live.close();
    }

    /** Whether the node lies wholly within the 1024×600 scene: nothing cut off. */
    private boolean inside(String id) {
        Node n = scene.lookup(id);
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= 1024 && b.getMaxY() <= 600;
    }

    private void type(FxRobot robot, String letters) throws Exception {
        TextField f = robot.lookup("#matter-search").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(f::clear).get();
        for (char c : letters.toCharArray()) {
            robot.clickOn("#key-" + c);
        }
    }

    private String text(String id) {
        return ((Labeled) scene.lookup(id)).getText();
    }

    private Path shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        BufferedImage out = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name);
        ImageIO.write(out, "png", file.toFile());
        return file;
    }

    @Test
    void twoMattersChosenAreRatedOneAfterTheOther(FxRobot robot) throws Exception {
        hall.issue("legal");
        FxWait.until(model, "online", s -> s.link() == LinkState.ONLINE);
        WaitForAsyncUtils.asyncFx(() -> model.login("1001", "4821")).get();
        FxWait.until(model, "logged in", s -> s.counterState() == CounterState.IDLE && s.pending() == null);
        WaitForAsyncUtils.asyncFx(() -> model.perform(hallq.pad.clerk.PadAction.CALL_NEXT)).get();
        FxWait.until(model, "called", s -> s.counterState() == CounterState.CALLED && s.pending() == null);

        // each rate the server answered is a notice 已评价 of its own
        java.util.concurrent.CountDownLatch rated = new java.util.concurrent.CountDownLatch(2);
        Object[] last = {null};
        WaitForAsyncUtils.asyncFx(() -> model.addListener(st -> {
            if (st.notice() != last[0] && st.notice() != null && st.notice().key().equals("notice.rated")) {
                rated.countDown();
            }
            last[0] = st.notice();
        })).get();

        robot.clickOn("#action-finish");
        shoot("rating-matters-finish.png");
        robot.clickOn("#visit-matters");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scene.lookup("#visit-matters-sheet") != null);
        assertThat(text("#visit-matters-chosen")).isEqualTo("已选事项（0/10）");
        type(robot, "yyzz");                      // 营业执照遗失补领
        robot.clickOn("#matter-FR010");
        type(robot, "gtgs");                      // 个体工商户… (three found)
        robot.clickOn("#matter-FR007");           // 个体工商户设立登记
        robot.clickOn("#matter-FR008");           // 个体工商户变更登记, then taken back
        FxWait.until(model, "three chosen", s -> s.matters().size() == 3);
        assertThat(robot.lookup("#matter-results").queryAs(VBox.class).getChildren())
                .as("a matter chosen is not offered again").noneMatch(n -> "matter-FR007".equals(n.getId()));
        robot.clickOn("#visit-remove-FR008");
        FxWait.until(model, "two chosen", s -> s.matters().size() == 2);
        assertThat(text("#visit-matters-chosen")).isEqualTo("已选事项（2/10）");
        type(robot, "g"); // many found: as many as the list shows
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#matter-results").queryAs(VBox.class).getChildren()).hasSize(3);
        for (String id : new String[] {"#visit-matters-done", "#sheet-cancel", "#matter-results", "#key-0"}) {
            assertThat(inside(id)).as(id + " of the picker within 1024×600").isTrue();
        }
        assertThat(Files.size(shoot("rating-matters-picker.png"))).isGreaterThan(10_000);
        robot.clickOn("#visit-matters-done");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scene.lookup("#outcome-done") != null);
        assertThat(text("#ticket-matters")).isEqualTo("办理事项：营业执照遗失补领、个体工商户设立登记");

        robot.clickOn("#outcome-done");
        FxWait.until(model, "the first matter asked", s -> s.rating() != null && s.rating().isAsking()
                && s.rating().isPerMatter());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(scene.lookup("#rate-5")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#rating-matter")).isEqualTo("第1项/共2项 · 营业执照遗失补领");
        for (String id : new String[] {"#rating-matter", "#rate-5", "#rate-1", "#rating-countdown"}) {
            assertThat(inside(id)).as(id + " within 1024×600").isTrue();
        }
        assertThat(Files.size(shoot("rating-matters.png"))).isGreaterThan(10_000);

        robot.clickOn("#rate-5");
        FxWait.until(model, "the second matter asked", s -> s.rating() != null && s.rating().isAsking()
                && s.rating().index() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#rating-matter")).isEqualTo("第2项/共2项 · 个体工商户设立登记");
        gpio.set("rating-2", true); // the evaluator's 不满意: rates the matter asked about, without reasons
        FxWait.until(model, "thanked", s -> s.rating() != null && s.rating().phase() == RatingPrompt.Phase.THANKED);
        gpio.set("rating-2", false);

        assertThat(rated.await(10, TimeUnit.SECONDS)).as("both rates answered by the server").isTrue();
        JsonNode stats = hall.statsToday();
        assertThat(stats.path("ratings").path("5").asInt()).isEqualTo(1);
        assertThat(stats.path("ratings").path("2").asInt()).isEqualTo(1);
        assertThat(stats.path("badRatings")).singleElement()
                .satisfies(b -> assertThat(b.path("id").asText()).endsWith("/A001/FR007"));
    }
}
