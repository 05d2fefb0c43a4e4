package hallq.pad.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.pad.app.PadAssembly;
import hallq.pad.clerk.LinkState;
import hallq.pad.clerk.PadModel;
import hallq.pad.i18n.Texts;
import hallq.pad.link.PadLink;
import hallq.pad.support.FxWait;
import hallq.protocol.CounterState;
import hallq.protocol.Op;
import hallq.protocol.client.HallClient;
import hallq.testkit.hall.TestHall;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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
 * The pickup window's 待通知 list (cases2, issue 18) against a real server: window 3 accepts a case and gives the
 * citizen's phone, the back office marks it ready over HTTP, window 8 (综合出件) sees it with the number and marks the
 * call made; the server's list is empty then.
 */
@ExtendWith(ApplicationExtension.class)
class CallListUiTest {
    private TestHall hall;
    private PadAssembly pad;
    private PadModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        hall = new TestHall();
        pad = new PadAssembly(PadLink.to(hall.ws(), "pad-8", "demo-pad-8"), null, Texts.forLanguage("zh"),
                Clock.systemUTC(), PadModel.RATING_TIMEOUT);
        model = pad.model();
        scene = new Scene(pad.root(), 1024, 600);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        pad.start();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(pad::close).get();
        hall.close();
    }

    /** Window 3 accepts 企业变更登记 with the citizen's phone; the back office marks it ready. The case id. */
    private String readyCaseWithPhone() throws Exception {
        hall.issue("legal");
        TestHall.Pad three = hall.pad("3", "1003", "2648");
        three.callNext();
        JsonNode finished = three.ok(Op.FINISH.wire(), HallClient.args("outcome", "accepted", "matter", "FR004"));
        String id = finished.path("case").path("id").asText();
        three.ok(Op.CASE_PHONE.wire(), HallClient.args("case", id, "phone", "13812345678"));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        hall.http("/api/cases/" + id + "/ready")).header("Authorization", "Bearer demo-backoffice")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return id;
    }

    @Test
    void thePickupWindowCallsTheCitizenAndMarksTheCallMade(FxRobot robot) throws Exception {
        String id = readyCaseWithPhone();
        FxWait.until(model, "online", s -> s.link() == LinkState.ONLINE && s.counterState() == CounterState.CLOSED);
        WaitForAsyncUtils.asyncFx(() -> model.login("1008", "1946")).get();
        FxWait.until(model, "logged in", s -> s.counterState() == CounterState.IDLE && s.pending() == null);
        assertThat(robot.lookup("#calls-open").query().isVisible()).as("window 8 serves 综合出件").isTrue();
        robot.clickOn("#calls-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#call-phone-" + id).tryQuery().isPresent());
        assertThat(robot.lookup("#call-phone-" + id).queryAs(Labeled.class).getText()).isEqualTo("13812345678");
        shoot("call-list.png");
        robot.clickOn("#call-done-" + id);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#calls-none").tryQuery().isPresent());
        JsonNode left = hall.pad("5", "1005", "3307").ok(Op.CASE_CALLS.wire(), null);
        assertThat(left.path("calls").size()).as("the call is marked at the server").isZero();
        robot.clickOn("#calls-close");
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        BufferedImage out = SwingFXUtils.fromFXImage(image, null);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(out, "png", dir.resolve(name).toFile());
    }
}
