package hallq.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFileLoader;
import hallq.hardware.idcard.SerialIdCardReader;
import hallq.hardware.idcard.SimulatedSamModule;
import hallq.kiosk.flow.KioskSettings;
import hallq.kiosk.flow.Screen;
import hallq.protocol.IdNumber;
import hallq.protocol.Json;
import hallq.protocol.client.ServerAddress;
import hallq.server.Main;
import hallq.server.hall.HallFile;
import hallq.server.net.HallServer;
import hallq.testkit.ManualClock;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Check-in at the kiosk against a real queue server with the demo hall (issue 17, and issue 19's card): a booking
 * made through the HTTP API as the /book page makes it, then at the kiosk the 预约取号 button, its keypad and the
 * booked ticket; an unknown code answered in words; a card laid with a booking waiting checks it in, one without
 * counts as it always has. The server's clock is hand-set to 08:50 of a Monday, inside the 09:00 slot's check-in
 * window (from 30 minutes before).
 */
@ExtendWith(ApplicationExtension.class)
class CheckInAtKioskTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String DAY = "2026-12-07";
    static final String BOOKED_ID = "11010519491231002X";
    static final String OTHER_ID = id("11010119900307002");

    @TempDir
    Path tmp;
    HallServer server;
    Stage stage;
    Kiosk kiosk;
    int port;
    final SimulatedSamModule module = new SimulatedSamModule();
    final HttpClient http = HttpClient.newHttpClient();

    static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ManualClock clock = ManualClock.shanghai(DAY + "T08:50:00");
        server = Main.start(HallFile.demo(), Files.createDirectories(tmp.resolve("data")), "127.0.0.1", 0, clock);
        port = server.address().getPort();
        NodeHardware hw = NodeHardware.builder(DeviceFileLoader.parse(String.join("\n",
                "node: kiosk-checkin",
                "platform: simulated",
                "printer: { link: simulated, qr: raster, outputFolder: '" + tmp.resolve("printed") + "' }",
                ""))).open();
        SerialIdCardReader reader = new SerialIdCardReader(() -> module, Clock.systemUTC(), Duration.ofMillis(50),
                Duration.ofMillis(200), Duration.ofSeconds(1));
        kiosk = new Kiosk(KioskSettings.defaults("http://127.0.0.1:" + port),
                Kiosk.hallLink(ServerAddress.fixed(URI.create("ws://127.0.0.1:" + port + "/ws")), "kiosk-1",
                        "demo-kiosk-1"), hw, reader, null, Optional.of(module));
        kiosk.show(stage, new int[] {800, 480});
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Books the 09:00 slot of 自然人服务区 for {@code idCard} as the /book page does; returns the booking's code. */
    String book(String idCard) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/bookings")).timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"zone\":\"natural\",\"day\":\"" + DAY + "\",\"slot\":\"09:00-10:00\",\"idCard\":\""
                                + idCard + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Json.mapper().readTree(r.body()).path("booking").path("code").asText();
    }

    void await(String what, Callable<Boolean> condition) {
        Fx.await(WAIT, what, condition, () -> String.valueOf(Fx.read(() -> kiosk.root().screen())));
    }

    void shot(String name) throws Exception {
        Scene scene = stage.getScene();
        WritableImage image = Fx.read(() -> scene.snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(SHOTS);
        ImageIO.write(png, "png", SHOTS.resolve(name + ".png").toFile());
    }

    void typeAndSubmit(FxRobot robot, String s) {
        for (char c : s.toCharArray()) {
            robot.clickOn("#key-" + c);
        }
        robot.clickOn("#id-ok");
    }

    @Test
    void theBookingButtonsKeypadChecksInABookingMadeOverHttp(FxRobot robot) throws Exception {
        String code = book(BOOKED_ID);
        await("the home screen with the booking button", () -> kiosk.root().screen() instanceof Screen.Home h
                && h.booking());
        shot("checkin-home-zh-800x480");

        robot.clickOn("#check-in");
        await("the check-in keypad", () -> kiosk.root().screen() instanceof Screen.CheckInEntry);
        typeAndSubmit(robot, "00000000");
        await("the refusal", () -> kiosk.root().screen() instanceof Screen.Notice);
        String said = Fx.read(() -> robot.lookup("#notice-text").queryAs(Label.class).getText());
        assertThat(said).startsWith("没有找到您今天的有效预约");
        robot.clickOn("#notice-back");

        await("home again", () -> kiosk.root().screen() instanceof Screen.Home);
        robot.clickOn("#check-in");
        await("the check-in keypad", () -> kiosk.root().screen() instanceof Screen.CheckInEntry);
        for (char c : code.toCharArray()) {
            robot.clickOn("#key-" + c);
        }
        await("the code on the keypad", () -> kiosk.root().screen() instanceof Screen.CheckInEntry e
                && e.digits().equals(code));
        shot("checkin-keypad-zh-800x480");
        robot.clickOn("#id-ok");
        await("the booked ticket", () -> kiosk.root().screen() instanceof Screen.TicketShown);
        Screen.TicketShown shown = (Screen.TicketShown) Fx.read(() -> kiosk.root().screen());
        assertThat(shown.ticket().zoneId()).isEqualTo("natural");
        assertThat(shown.ticket().number()).isEqualTo("B001");
        await("printed", () -> ((Screen.TicketShown) kiosk.root().screen()).print()
                == hallq.kiosk.flow.PrintState.PRINTED);
        shot("checkin-ticket-zh-800x480");

        robot.clickOn("#ticket-done");
        await("home", () -> kiosk.root().screen() instanceof Screen.Home);
        robot.clickOn("#check-in");
        typeAndSubmit(robot, code);
        await("the second check-in refused", () -> kiosk.root().screen() instanceof Screen.Notice);
        assertThat(Fx.read(() -> robot.lookup("#notice-text").queryAs(Label.class).getText()))
                .startsWith("这个预约已经签到取号了");
    }

    @Test
    void aCardWithABookingWaitingChecksItInAndACardWithoutIsAsAlways(FxRobot robot) throws Exception {
        book(BOOKED_ID);
        await("the home screen", () -> kiosk.root().screen() instanceof Screen.Home);
        module.layCard(BOOKED_ID);
        await("the booked ticket", () -> kiosk.root().screen() instanceof Screen.TicketShown);
        Screen.TicketShown shown = (Screen.TicketShown) Fx.read(() -> kiosk.root().screen());
        assertThat(shown.ticket().number()).isEqualTo("B001");
        assertThat(shown.ticket().green()).as("a 76-year-old's booking is a booked ticket, not green").isFalse();
        shot("checkin-card-ticket-zh-800x480");
        module.liftCard();
        robot.clickOn("#ticket-done");
        await("home", () -> kiosk.root().screen() instanceof Screen.Home h && h.maskedId() == null);

        module.layCard(OTHER_ID);
        await("home with the card's number for a walk-in ticket", () -> kiosk.root().screen() instanceof Screen.Home h
                && h.maskedId() != null && !h.green());
        robot.clickOn("#zone-natural");
        await("the walk-in ticket", () -> kiosk.root().screen() instanceof Screen.TicketShown t
                && t.ticket().number().equals("B002"));
    }
}
