package hallq.pad.app;

import static hallq.pad.support.Shown.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.pad.clerk.LinkState;
import hallq.pad.clerk.PadModel;
import hallq.pad.clerk.PadState;
import hallq.pad.i18n.Texts;
import hallq.pad.link.PadLink;
import hallq.pad.support.FxWait;
import hallq.terminal.link.HallLink;
import hallq.testkit.FaultProxy;
import hallq.testkit.hall.TestHall;
import hallq.protocol.CounterState;
import java.net.URI;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pad on headless JavaFX against a real queue server started in the test, driven by touches. */
@ExtendWith(ApplicationExtension.class)
class CounterPadUiTest {
    private TestHall hall;
    private FaultProxy proxy;
    private PadAssembly pad;
    private PadModel model;

    @Start
    void start(Stage stage) throws Exception {
        hall = new TestHall();
        proxy = new FaultProxy(hall.port);
        HallLink link = PadLink.to(URI.create("ws://127.0.0.1:" + proxy.port() + "/ws"), "pad-3",
                "demo-pad-3");
        pad = new PadAssembly(link, null, Texts.forLanguage("zh"), Clock.systemUTC(), PadModel.RATING_TIMEOUT);
        model = pad.model();
        stage.setScene(new Scene(pad.root(), 1024, 600));
        stage.sizeToScene();
        stage.show();
        pad.start();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(pad::close).get();
        proxy.close();
        hall.close();
    }

    /** Whether a node is on screen: it and every parent visible. */
    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private void typeOnKeypad(FxRobot robot, String field, String digits) {
        robot.clickOn(field);
        for (char c : digits.toCharArray()) {
            robot.clickOn("#key-" + c);
        }
    }

    private void logIn(FxRobot robot) throws Exception {
        FxWait.until(model, "online, nobody logged in",
                s -> s.link() == LinkState.ONLINE && s.counterState() == CounterState.CLOSED);
        assertThat(shown(robot.lookup("#login-submit").query())).isTrue();
        assertThat(shown(robot.lookup("#action-call-next").query())).as("no buttons before login").isFalse();
        typeOnKeypad(robot, "#login-clerk", "1001");
        typeOnKeypad(robot, "#login-pin", "4821");
        robot.clickOn("#login-submit");
        FxWait.until(model, "logged in", s -> s.counterState() == CounterState.IDLE && s.pending() == null);
    }

    @Test
    void aClerkServesACitizenWhoRatesAndTheHallCountsTheRating(FxRobot robot) throws Exception {
        hall.issue("legal");
        logIn(robot);
        assertThat(text(robot, "#header-clerk")).contains("张三");
        assertThat(text(robot, "#queue-legal")).isEqualTo("1 人");
        assertThat(button(robot, "#action-call-next").isDisabled()).isFalse();
        assertThat(button(robot, "#action-start").isDisabled()).isTrue();
        assertThat(button(robot, "#action-finish").isDisabled()).isTrue();

        robot.clickOn("#action-call-next");
        FxWait.until(model, "A001 called", s -> s.counterState() == CounterState.CALLED && s.pending() == null);
        assertThat(text(robot, "#ticket-number")).isEqualTo("A001");
        assertThat(text(robot, "#ticket-state")).isEqualTo("已呼叫，等候群众到窗口");
        assertThat(text(robot, "#queue-legal")).isEqualTo("0 人");
        assertThat(button(robot, "#action-call-next").isDisabled()).isTrue();
        assertThat(button(robot, "#action-start").isDisabled()).isFalse();

        robot.clickOn("#action-start");
        FxWait.until(model, "serving", s -> s.counterState() == CounterState.SERVING && s.pending() == null);
        assertThat(button(robot, "#action-recall").isDisabled()).isTrue();

        robot.clickOn("#action-finish");
        robot.clickOn("#outcome-done");
        FxWait.until(model, "the citizen's screen", s -> s.rating() != null);
        assertThat(shown(robot.lookup("#rate-5").query())).isTrue();
        assertThat(shown(robot.lookup("#action-call-next").query())).as("no clerk control while rating").isFalse();
        assertThat(text(robot, "#rating-ticket")).contains("A001");

        robot.clickOn("#rate-5");
        PadState rated = FxWait.until(model, "the rating saved",
                s -> s.notice() != null && s.notice().key().equals("notice.rated"));
        assertThat(rated.notice().args()).containsExactly("A001");

        JsonNode stats = hall.statsToday();
        assertThat(stats.path("ratings").path("5").asInt()).isEqualTo(1);
        assertThat(stats.path("ratings").path("unrated").asInt()).isZero();
        assertThat(stats.path("outcomes").path("done").asInt()).isEqualTo(1);
        assertThat(stats.path("totals").path("served").asInt()).isEqualTo(1);
        JsonNode clerk = stats.path("clerks").get(0);
        assertThat(clerk.path("id").asText()).isEqualTo("1001");
        assertThat(clerk.path("ratings").path("5").asInt()).isEqualTo(1);

        FxWait.until(model, "back to the clerk after the thank-you", s -> s.rating() == null);
        assertThat(shown(robot.lookup("#action-call-next").query())).isTrue();
        assertThat(text(robot, "#stats-served")).contains("1");
    }

    @Test
    void anAcceptedMatterTakesADueDateAndAWrongPinIsSaid(FxRobot robot) throws Exception {
        hall.issue("natural");
        FxWait.until(model, "online", s -> s.link() == LinkState.ONLINE);
        typeOnKeypad(robot, "#login-clerk", "1001");
        typeOnKeypad(robot, "#login-pin", "1111");
        robot.clickOn("#login-submit");
        FxWait.until(model, "refused", s -> s.notice() != null && s.pending() == null);
        assertThat(text(robot, "#notice")).isEqualTo("工号或密码错误");
        assertThat(robot.lookup("#login-pin").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the PIN does not stay on the screen").isEmpty();
        robot.clickOn("#key-1").clickOn("#key-clear"); // still the PIN field: the clerk id stays
        assertThat(robot.lookup("#login-clerk").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("1001");
        typeOnKeypad(robot, "#login-pin", "4821");
        assertThat(robot.lookup("#login-pin").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("4821");
        robot.clickOn("#login-submit");
        FxWait.until(model, "logged in", s -> s.counterState() == CounterState.IDLE);

        robot.clickOn("#action-call-next");
        FxWait.until(model, "called", s -> s.counterState() == CounterState.CALLED && s.pending() == null);
        robot.clickOn("#action-finish");
        robot.clickOn("#outcome-accepted");
        // cases2 (issue 18): the demo hall has matters, so the case sheet wants one
        for (char c : "qybg".toCharArray()) {
            robot.clickOn("#key-" + c);
        }
        robot.clickOn("#matter-FR004");
        assertThat(robot.lookup("#case-confirm").queryButton().isDisabled()).isFalse();
        robot.clickOn("#case-confirm");
        FxWait.until(model, "rating", s -> s.rating() != null);
        JsonNode stats = hall.statsToday();
        assertThat(stats.path("outcomes").path("accepted").asInt()).isEqualTo(1);
    }

    @Test
    void noShowRequeueTransferAndPauseGoThroughTheirChoices(FxRobot robot) throws Exception {
        hall.issue("legal");
        hall.issue("legal");
        logIn(robot);
        assertThat(button(robot, "#action-requeue").isDisabled()).as("no no-show yet").isTrue();

        robot.clickOn("#action-call-next");
        FxWait.until(model, "A001 called", s -> s.counterState() == CounterState.CALLED && s.pending() == null);
        robot.clickOn("#action-no-show");
        FxWait.until(model, "A001 no-show", s -> s.counterState() == CounterState.IDLE && s.noShows().contains("A001"));

        robot.clickOn("#action-requeue");
        robot.clickOn("#noshow-A001"); // the list comes from the server's no-shows
        FxWait.until(model, "A001 requeued", s -> s.noShows().isEmpty() && s.pending() == null);
        assertThat(text(robot, "#queue-legal")).isEqualTo("2 人");

        robot.clickOn("#action-call-next");
        FxWait.until(model, "A002 called", s -> s.ticket() != null && s.pending() == null);
        assertThat(s(model).ticket().number()).as("a requeued ticket waits behind others").isEqualTo("A002");
        robot.clickOn("#action-transfer");
        assertThat(robot.lookup("#zone-legal").tryQuery()).as("not to its own zone").isEmpty();
        robot.clickOn("#zone-estate");
        FxWait.until(model, "A002 transferred", s -> s.counterState() == CounterState.IDLE && s.pending() == null);
        assertThat(text(robot, "#queue-estate")).isEqualTo("1 人");
        assertThat(text(robot, "#notice")).isEqualTo("A002 已转至不动产服务区");

        robot.clickOn("#action-pause");
        robot.clickOn("#reason-0");
        FxWait.until(model, "paused", s -> s.counterState() == CounterState.PAUSED && s.pending() == null);
        assertThat(hall.counter("3").path("pauseReason").asText()).isEqualTo("午间休息");
        assertThat(button(robot, "#action-call-next").isDisabled()).isTrue();
        robot.clickOn("#action-resume");
        FxWait.until(model, "open again", s -> s.counterState() == CounterState.IDLE && s.pending() == null);
        assertThat(button(robot, "#action-call-next").isDisabled()).isFalse();
    }

    private static PadState s(PadModel m) {
        return m.state();
    }

    @Test
    void losingTheServerShowsItKeepsTheTicketDisablesTheButtonsAndComesBack(FxRobot robot) throws Exception {
        hall.issue("legal");
        logIn(robot);
        robot.clickOn("#action-call-next");
        FxWait.until(model, "called", s -> s.counterState() == CounterState.CALLED && s.pending() == null);
        assertThat(shown(robot.lookup("#link-banner").query())).isFalse();

        proxy.refuse(true);
        proxy.cut();
        FxWait.until(model, "offline", s -> s.link() == LinkState.OFFLINE);
        assertThat(shown(robot.lookup("#link-banner").query())).isTrue();
        assertThat(text(robot, "#link-banner")).contains("连接已断开");
        assertThat(text(robot, "#ticket-number")).as("the last known ticket stays").isEqualTo("A001");
        for (String id : new String[] {"#action-start", "#action-recall", "#action-no-show", "#action-finish"}) {
            assertThat(button(robot, id).isDisabled()).as(id).isTrue();
        }

        proxy.refuse(false);
        FxWait.until(model, "back online", s -> s.link() == LinkState.ONLINE);
        assertThat(shown(robot.lookup("#link-banner").query())).isFalse();
        assertThat(button(robot, "#action-start").isDisabled()).isFalse();
        assertThat(text(robot, "#ticket-number")).isEqualTo("A001");
    }
}
