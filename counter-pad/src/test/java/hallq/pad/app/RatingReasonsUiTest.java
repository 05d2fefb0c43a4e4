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
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
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
 * Rating (issue 20) on headless JavaFX against a real server, with a five-key evaluator on mock GPIO: a 2 touched on
 * the screen asks why (one tap each) and sends the reasons; a key of the evaluator rates at once, without them.
 */
@ExtendWith(ApplicationExtension.class)
class RatingReasonsUiTest {
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

    /** Window 3 served A001 and finished it: the citizen's screen is up. */
    private void served() throws Exception {
        hall.issue("legal");
        FxWait.until(model, "online", s -> s.link() == LinkState.ONLINE);
        WaitForAsyncUtils.asyncFx(() -> model.login("1001", "4821")).get();
        FxWait.until(model, "logged in", s -> s.counterState() == CounterState.IDLE && s.pending() == null);
        WaitForAsyncUtils.asyncFx(() -> model.perform(hallq.pad.clerk.PadAction.CALL_NEXT)).get();
        FxWait.until(model, "called", s -> s.counterState() == CounterState.CALLED && s.pending() == null);
        WaitForAsyncUtils.asyncFx(() -> model.finish(hallq.protocol.Outcome.DONE, null)).get();
        FxWait.until(model, "the citizen's screen", s -> s.rating() != null && s.rating().isAsking());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(scene.lookup("#rate-2")));
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
    void aTwoOnTheScreenAsksWhyAndSendsTheReasonsChosen(FxRobot robot) throws Exception {
        served();
        robot.clickOn("#rate-2");
        FxWait.until(model, "the reasons", s -> s.rating() != null && s.rating().isAskingReasons());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(scene.lookup("#reasons-done")));
        assertThat(shown(scene.lookup("#rate-5"))).as("the faces are gone").isFalse();
        assertThat(hall.statsToday().path("ratings").path("2").asInt()).as("nothing sent before the reasons")
                .isZero();

        robot.clickOn("#reason-wait");
        robot.clickOn("#reason-unclear");
        robot.clickOn("#reason-other");
        robot.clickOn("#reason-other"); // a second tap takes it back
        FxWait.until(model, "two chosen", s -> s.rating().reasons().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reason-wait").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#reason-other").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(Files.size(shoot("rating-reasons.png"))).isGreaterThan(10_000);

        robot.clickOn("#reasons-done");
        FxWait.until(model, "the rating saved",
                s -> s.notice() != null && s.notice().key().equals("notice.rated"));
        assertThat(model.state().rating().phase()).isEqualTo(RatingPrompt.Phase.THANKED);
        JsonNode stats = hall.statsToday();
        assertThat(stats.path("ratings").path("2").asInt()).isEqualTo(1);
        assertThat(stats.path("evaluation").path("ratingReasons").path("wait").asInt()).isEqualTo(1);
        assertThat(stats.path("evaluation").path("ratingReasons").path("unclear").asInt()).isEqualTo(1);
        assertThat(stats.path("evaluation").path("ratingReasons").path("other").asInt()).isZero();
        assertThat(stats.path("badRatings").get(0).path("reasons").toString()).isEqualTo("[\"wait\",\"unclear\"]");
    }

    @Test
    void aPressOfTheFiveKeyEvaluatorRatesAtOnceWithoutReasons() throws Exception {
        served();
        gpio.set("rating-2", true);
        FxWait.until(model, "the rating saved",
                s -> s.notice() != null && s.notice().key().equals("notice.rated"));
        gpio.set("rating-2", false);
        assertThat(model.state().rating().phase()).as("thanked, never asked why")
                .isEqualTo(RatingPrompt.Phase.THANKED);
        JsonNode stats = hall.statsToday();
        assertThat(stats.path("ratings").path("2").asInt()).isEqualTo(1);
        assertThat(stats.path("badRatings").get(0).path("reasons").size()).isZero();
        assertThat(shown(scene.lookup("#reasons-done"))).isFalse();
    }
}
