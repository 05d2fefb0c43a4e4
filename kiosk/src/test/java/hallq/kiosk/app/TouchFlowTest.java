package hallq.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFileLoader;
import hallq.kiosk.flow.FakeHallLink;
import hallq.kiosk.flow.KioskSettings;
import hallq.kiosk.flow.Screen;
import hallq.hardware.idcard.SerialIdCardReader;
import hallq.hardware.idcard.SimulatedSamModule;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.server.hall.HallFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Taps through the green channel, the ID keypad and the ticket screen against a scripted server. */
@ExtendWith(ApplicationExtension.class)
class TouchFlowTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;
    FakeHallLink link = new FakeHallLink();
    /** The reader's real decoding path: the simulated module's bytes, read by the reader's own thread. */
    SimulatedSamModule module = new SimulatedSamModule();
    SerialIdCardReader reader = new SerialIdCardReader(() -> module, java.time.Clock.systemUTC(),
            Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1));
    Kiosk kiosk;

    @Start
    void start(Stage stage) {
        NodeHardware hw = NodeHardware.builder(DeviceFileLoader.parse(String.join("\n",
                "node: kiosk-touch",
                "platform: simulated",
                "printer: { link: simulated, qr: raster, outputFolder: '" + tmp.resolve("printed") + "' }",
                ""))).open();
        kiosk = new Kiosk(KioskSettings.defaults("http://10.20.0.2:7700"), link, hw, reader, null, java.util.Optional.of(module));
        kiosk.show(stage, new int[] {800, 480});
        link.connect(HallFile.demo(), Map.of("legal", 3));
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    void await(String what, Callable<Boolean> condition) {
        Fx.await(WAIT, what, condition, () -> String.valueOf(Fx.read(() -> kiosk.root().screen())));
    }

    String text(FxRobot robot, String query) {
        return Fx.read(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    @Test
    void greenChannelByTouchAsksOnceThenIssuesGreen(FxRobot robot) {
        robot.clickOn("#green");
        await("green mode", () -> kiosk.root().screen() instanceof Screen.Home h && h.green());
        robot.clickOn("#zone-natural");
        await("the confirmation", () -> kiosk.root().screen() instanceof Screen.GreenConfirm);
        assertThat(text(robot, "#green-question")).isEqualTo("自然人服务区：请点您的情况取号");
        assertThat(Fx.read(() -> link.sent("issue"))).isEmpty();

        robot.clickOn("#green-reason-pregnant"); // rating (issue 20): one tap says why and takes the ticket

        FakeHallLink.Sent issue = Fx.read(() -> link.last("issue"));
        assertThat(issue.arg("zone")).isEqualTo("natural");
        assertThat(issue.args().get("green").asBoolean()).isTrue();
        assertThat(issue.arg("greenReason")).isEqualTo("pregnant");
    }

    @Test
    void aMistypedIdNumberIsExplainedOnTheKeypad(FxRobot robot) {
        robot.clickOn("#id-entry");
        await("the keypad", () -> kiosk.root().screen() instanceof Screen.IdEntry);
        for (char c : "110105194912310021".toCharArray()) { // the right last character is X
            robot.clickOn("#key-" + c);
        }
        await("the problem", () -> kiosk.root().screen() instanceof Screen.IdEntry e && e.problem() != null);
        assertThat(text(robot, "#id-digits")).isEqualTo("110105 19491231 0021");
        assertThat(text(robot, "#id-problem")).startsWith("号码有误：最后一位和前面的数字对不上");

        robot.clickOn("#id-delete");
        robot.clickOn("#key-X");
        robot.clickOn("#id-ok");
        await("home with the number", () -> kiosk.root().screen() instanceof Screen.Home h && h.maskedId() != null);
        assertThat(text(robot, "#id-entered")).isEqualTo("身份证 1101**********002X");

        robot.clickOn("#zone-legal");
        assertThat(Fx.read(() -> link.last("issue")).arg("idCard")).isEqualTo("11010519491231002X");
    }

    @Test
    void aCardOnTheReaderFillsInTheNumber(FxRobot robot) {
        module.layCard("11010519491231002X");
        // the demo hall takes bookings: the card is tried against today's first (issue 19); none waits
        await("the card's check-in asked", () -> !link.sent("check-in").isEmpty());
        Fx.read(() -> {
            FakeHallLink.error(link.last("check-in"), "NOT_FOUND", "NO_BOOKING", "no booking today");
            return null;
        });
        await("home with the number", () -> kiosk.root().screen() instanceof Screen.Home h && h.maskedId() != null);
        robot.clickOn("#id-clear");
        await("home without it", () -> kiosk.root().screen() instanceof Screen.Home h && h.maskedId() == null);
    }

    @Test
    void theTicketScreensQrCodeReadsAsTheStatusLinkAndEnglishIsATapAway(FxRobot robot) throws Exception {
        robot.clickOn("#language");
        await("English", () -> kiosk.model().language().getLanguage().equals("en"));
        robot.clickOn("#zone-legal");
        Fx.read(() -> {
            FakeHallLink.ok(link.last("issue"), new TicketView("A004", "legal", false, TicketState.WAITING,
                    "2026-11-22", "2026-11-22T09:15:00.000+08:00", null, null, 3, 900, null, null, null, null,
                    null, 0, null));
            return null;
        });
        await("the ticket", () -> kiosk.root().screen() instanceof Screen.TicketShown);
        assertThat(Fx.read(() -> robot.lookup("#ticket-number").queryAs(Text.class).getText())).isEqualTo("A004");
        assertThat(text(robot, "#ticket-ahead")).isEqualTo("3 people are ahead of you");
        assertThat(text(robot, "#ticket-wait")).isEqualTo("Estimated wait: about 15 min");

        Image qr = Fx.read(() -> robot.lookup("#ticket-qr").queryAs(ImageView.class).getImage());
        assertThat(decode(qr)).isEqualTo("http://10.20.0.2:7700/api/tickets/A004?day=2026-11-22");

        robot.clickOn("#ticket-done");
        await("home in Chinese for the next citizen", () -> kiosk.root().screen() instanceof Screen.Home
                && kiosk.model().language().getLanguage().equals("zh"));
    }

    static String decode(Image image) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = r.getArgb(x, y);
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb))))
                .getText();
    }
}
