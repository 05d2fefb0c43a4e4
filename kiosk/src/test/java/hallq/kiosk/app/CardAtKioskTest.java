package hallq.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.hardware.board.NodeHardware;
import hallq.hardware.config.DeviceFileLoader;
import hallq.hardware.idcard.SerialIdCardReader;
import hallq.hardware.idcard.SimulatedSamModule;
import hallq.kiosk.flow.KioskSettings;
import hallq.kiosk.flow.Screen;
import hallq.protocol.IdNumber;
import hallq.protocol.client.ServerAddress;
import hallq.server.Main;
import hallq.server.hall.HallFile;
import hallq.server.net.HallServer;
import hallq.server.queue.IdHasher;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
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
 * A card laid on the simulated SAM module (its bytes through the real reader's decoding, on the reader's own
 * thread) at a kiosk against a real queue server with the demo hall: a 72-year-old's card offers the green
 * channel, one confirmation issues the ticket, and the server's own record of it has the card's salted hash
 * and the green channel, never the number.
 */
@ExtendWith(ApplicationExtension.class)
class CardAtKioskTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path tmp;
    Path data;
    HallServer server;
    Stage stage;
    Kiosk kiosk;
    final SimulatedSamModule module = new SimulatedSamModule();
    /** Born 72 years and 10 days before today in the hall: over the demo hall's greenAge of 70. */
    final String number = seventyTwoYearOld();

    static String seventyTwoYearOld() {
        LocalDate birth = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(72).minusDays(10);
        String first17 = "110101" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "002";
        return first17 + IdNumber.checkCharacter(first17);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = Files.createDirectories(tmp.resolve("data"));
        server = Main.start(HallFile.demo(), data, "127.0.0.1", 0, Clock.systemUTC());
        int port = server.address().getPort();
        NodeHardware hw = NodeHardware.builder(DeviceFileLoader.parse(String.join("\n",
                "node: kiosk-card",
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

    @Test
    void aSeventyTwoYearOldsCardIssuesAGreenTicketWhoseRecordHasTheIdHash(FxRobot robot) throws Exception {
        await("the home screen", () -> kiosk.root().screen() instanceof Screen.Home);
        module.layCard(number);
        await("home in green mode with the card's number", () -> kiosk.root().screen() instanceof Screen.Home h
                && h.green() && h.maskedId() != null);
        shot("card-green-zh-800x480");

        robot.clickOn("#zone-natural");
        await("the one confirmation", () -> kiosk.root().screen() instanceof Screen.GreenConfirm);
        robot.clickOn("#green-confirm");
        await("the ticket", () -> kiosk.root().screen() instanceof Screen.TicketShown);
        Screen.TicketShown shown = (Screen.TicketShown) Fx.read(() -> kiosk.root().screen());
        assertThat(shown.ticket().green()).isTrue();
        shot("card-ticket-zh-800x480");
        String ticket = shown.ticket().number();

        // the server's own record, read from its database once it has stopped
        kiosk.close();
        kiosk = null;
        server.close();
        server = null;
        Properties p = new Properties();
        p.setProperty("user", "SA");
        p.setProperty("password", "");
        p.setProperty("hsqldb.lock_file", "false");
        try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + data.toAbsolutePath().resolve("hallq"),
                p)) {
            String salt;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM meta WHERE k = 'salt'")) {
                assertThat(rs.next()).isTrue();
                salt = rs.getString(1);
            }
            try (PreparedStatement q = c.prepareStatement("SELECT id_hash, green FROM ticket WHERE number = ?")) {
                q.setString(1, ticket);
                try (ResultSet rs = q.executeQuery()) {
                    assertThat(rs.next()).as("the ticket's row").isTrue();
                    String hash = rs.getString(1);
                    assertThat(hash).isEqualTo(new IdHasher(HexFormat.of().parseHex(salt))
                            .hash(IdNumber.parse(number, LocalDate.now(ZoneId.of("Asia/Shanghai")))));
                    assertThat(hash).doesNotContain(number.substring(6, 14));
                    assertThat(rs.getBoolean(2)).as("green channel").isTrue();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    @Test
    void anExpiredCardIsSaidInWordsOverTheKeypad(FxRobot robot) throws Exception {
        await("the home screen", () -> kiosk.root().screen() instanceof Screen.Home);
        module.lay(number, SimulatedSamModule.Behaviour.EXPIRED);
        await("the keypad with the problem", () -> kiosk.root().screen() instanceof Screen.IdEntry e
                && e.problem() != null && e.problem().key().equals("card.expired"));
        shot("card-expired-zh-800x480");
        String said = Fx.read(() -> robot.lookup("#id-problem").queryAs(javafx.scene.control.Label.class).getText());
        assertThat(said).startsWith("这张身份证已过有效期");
        robot.clickOn("#key-1");
        await("the keypad still types", () -> kiosk.root().screen() instanceof Screen.IdEntry e
                && e.digits().equals("1"));
    }
}
