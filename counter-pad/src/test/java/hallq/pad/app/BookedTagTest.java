package hallq.pad.app;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.pad.clerk.PadModel;
import hallq.pad.i18n.Texts;
import hallq.pad.support.FakeLink;
import hallq.pad.support.FxWait;
import hallq.pad.support.Hellos;
import hallq.protocol.ClerkRef;
import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The clerk sees a booked citizen's ticket marked 预约 (contract section 9), and a walk-in's not. */
@ExtendWith(ApplicationExtension.class)
class BookedTagTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T01:18:12Z"), ZoneOffset.UTC);
    private final FakeLink link = new FakeLink();
    private PadAssembly pad;
    private PadModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        pad = new PadAssembly(link, null, Texts.forLanguage("zh"), NOW, PadModel.RATING_TIMEOUT);
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
    }

    private static TicketView ticket(String number, String booking) {
        return ticket(number, booking, null);
    }

    private static TicketView ticket(String number, String booking, String caseId) {
        TicketView t = Hellos.ticket(number, "natural", TicketState.CALLED);
        return new TicketView(t.number(), t.zone(), t.green(), t.state(), t.day(), t.issuedAt(), t.calledAt(),
                t.counter(), t.ahead(), t.estimatedWaitSec(), t.startedAt(), t.finishedAt(), t.outcome(), t.dueDate(),
                t.rating(), t.recalls(), t.fromZone(), booking, caseId);
    }

    private void hello(TicketView t) throws Exception {
        CounterView called = new CounterView("3", "3号窗口", "Window 3", CounterState.CALLED, t,
                new ClerkRef("1001", "张三"), null, 3, 300);
        link.server().connected(Hellos.hello(Hellos.demo(), "pad-3", called, 500));
        FxWait.until(model, "hello", s -> s.setup() != null && s.ticket() != null
                && s.ticket().number().equals(t.number()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBookedTicketIsMarkedAndAWalkInIsNot(FxRobot robot) throws Exception {
        hello(ticket("B002", "12345678"));
        Label tag = robot.lookup("#ticket-booked").queryAs(Label.class);
        assertThat(tag.isVisible()).isTrue();
        assertThat(tag.getText()).isEqualTo("预约");
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                Path.of("target", "screenshots", "pad-booked.png").toFile());

        hello(ticket("B003", null));
        assertThat(robot.lookup("#ticket-booked").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aPickupTicketNamesTheCaseItHandsOut(FxRobot robot) throws Exception {
        hello(ticket("F001", null, "20261205-B001"));
        assertThat(robot.lookup("#ticket-extra").queryAs(Label.class).getText()).isEqualTo("办件 20261205-B001");
        hello(ticket("B004", null, null));
        assertThat(robot.lookup("#ticket-extra").queryAs(Label.class).getText()).isEmpty();
    }
}
