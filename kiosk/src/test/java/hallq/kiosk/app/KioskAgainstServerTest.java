package hallq.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFileLoader;
import hallq.hardware.printer.SimulatedTicketPrinter;
import hallq.kiosk.flow.KioskSettings;
import hallq.kiosk.flow.PrintState;
import hallq.kiosk.flow.Screen;
import hallq.protocol.client.ServerAddress;
import hallq.testkit.hall.TestHall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The kiosk on the headless Monocle screen against a real queue server in this JVM (the demo hall, kiosk-1),
 * with the simulated printer writing its tickets to a temp folder.
 */
@ExtendWith(ApplicationExtension.class)
class KioskAgainstServerTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;
    TestHall hall;
    int port;
    Kiosk kiosk;

    @Start
    void start(Stage stage) throws Exception {
        hall = new TestHall();
        port = hall.port;
        NodeHardware hw = NodeHardware.builder(DeviceFileLoader.parse(String.join("\n",
                "node: kiosk-test",
                "platform: simulated",
                "printer: { link: simulated, qr: raster, outputFolder: '" + tmp.resolve("printed") + "' }",
                ""))).open();
        kiosk = new Kiosk(KioskSettings.defaults("http://127.0.0.1:" + port),
                Kiosk.hallLink(ServerAddress.fixed(hall.ws()), "kiosk-1", TestHall.KIOSK_TOKEN), hw);
        kiosk.show(stage, new int[] {800, 480});
    }

    @AfterEach
    void stop() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    Screen screen() {
        return Fx.read(() -> kiosk.root().screen());
    }

    void await(String what, Callable<Boolean> condition) {
        Fx.await(WAIT, what, condition, () -> String.valueOf(screen()));
    }

    SimulatedTicketPrinter printer() {
        return (SimulatedTicketPrinter) kiosk.hardware().printer().orElseThrow();
    }

    @Test
    void tappingAZonePrintsTheTicketAndShowsItsNumber(FxRobot robot) throws Exception {
        await("the home screen", () -> kiosk.root().screen() instanceof Screen.Home);
        assertThat(printer().lastOutput()).isNull();

        robot.clickOn("#zone-legal");

        await("the printed ticket", () -> kiosk.root().screen() instanceof Screen.TicketShown t
                && t.print() == PrintState.PRINTED);
        Screen.TicketShown shown = (Screen.TicketShown) screen();
        String number = shown.ticket().number();
        assertThat(number).matches("A\\d{3}");
        Text onScreen = robot.lookup("#ticket-number").queryAs(Text.class);
        assertThat(Fx.read(onScreen::getText)).isEqualTo(number);
        assertThat(Fx.read(onScreen::isVisible)).isTrue();

        SimulatedTicketPrinter.Output printed = printer().lastOutput();
        assertThat(printed).isNotNull();
        assertThat(printed.png().getFileName().toString()).endsWith(number + ".png");
        assertThat(Files.size(printed.png())).isPositive();
        assertThat(Files.size(printed.escPos())).isPositive();

        // the QR code's link is the ticket's own page on the server, with the ticket's key (contract section 8)
        assertThat(shown.ticket().statusUrl()).startsWith("http://127.0.0.1:" + port + "/t/")
                .contains("/" + number + "?k=").containsPattern("\\?k=[A-Za-z0-9_-]{16,}$");
        HttpResponse<String> status = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(shown.ticket().statusUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("ticket.js");
        HttpResponse<String> wrongKey = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(shown.ticket().statusUrl() + "x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongKey.statusCode()).isEqualTo(404);

        // back home, the zone's count has the new ticket in it (a live queue event)
        robot.clickOn("#ticket-done");
        await("home with legal at 1 waiting", () -> kiosk.root().screen() instanceof Screen.Home h
                && h.zones().stream().anyMatch(z -> z.id().equals("legal") && z.waiting() == 1));
    }

    @Test
    void serverDownShowsThePauseScreenAndServerBackShowsHomeAgain(FxRobot robot) throws Exception {
        await("the home screen", () -> kiosk.root().screen() instanceof Screen.Home);

        hall.stop();
        await("the pause screen", () -> kiosk.root().screen() instanceof Screen.Paused);
        Label title = robot.lookup("#paused-title").queryAs(Label.class);
        assertThat(Fx.read(title::getText)).isEqualTo("暂停取号，请稍候");

        hall.restart();
        await("home again after the server came back", () -> kiosk.root().screen() instanceof Screen.Home);

        robot.clickOn("#zone-natural");
        await("a ticket from the restarted server", () -> kiosk.root().screen() instanceof Screen.TicketShown t
                && t.print() == PrintState.PRINTED);
        assertThat(((Screen.TicketShown) screen()).ticket().number()).matches("B\\d{3}");
    }
}
