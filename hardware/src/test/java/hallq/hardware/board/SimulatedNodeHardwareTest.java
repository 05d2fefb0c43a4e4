package hallq.hardware.board;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import hallq.hardware.EventRecorder;
import hallq.hardware.button.ButtonEvent;
import hallq.hardware.config.DeviceFile;
import hallq.hardware.config.DeviceFileLoader;
import hallq.hardware.lamp.LampMode;
import hallq.hardware.led.LedStrip;
import hallq.hardware.led.MonoBitmap;
import hallq.hardware.led.SimulatedLedDisplay;
import hallq.hardware.printer.PrinterException;
import hallq.hardware.printer.PrinterFault;
import hallq.hardware.printer.SimulatedTicketPrinter;
import hallq.hardware.printer.TicketSlip;
import hallq.hardware.printer.TicketStatusUrl;
import hallq.hardware.rating.RatingKeys;
import hallq.hardware.rating.RatingLevel;
import hallq.hardware.rating.RatingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A desktop run: the committed example device files on a machine that is not a Pi. */
class SimulatedNodeHardwareTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private static String example(String name) throws Exception {
        try (InputStream in = DeviceFileLoader.class.getResourceAsStream("/hallq/hardware/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static NodeHardware openOffPi(DeviceFile file, Path dir) {
        return NodeHardware.builder(file).boardDetector(new BoardDetector(dir.resolve("no-device-tree"))).open();
    }

    @Test
    void offAPiTheNodeSaysSoInOneLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try (NodeHardware hw = openOffPi(DeviceFileLoader.parse(example("counter-pad.yaml")), dir)) {
            assertThat(hw.isSimulated()).isTrue();
        } finally {
            root.detachAppender(log);
        }
        List<ILoggingEvent> boardLines = log.list.stream()
                .filter(e -> e.getLoggerName().equals(NodeHardware.class.getName())).toList();
        assertThat(boardLines).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.INFO);
            assertThat(e.getFormattedMessage()).contains("counter-05", "no Raspberry Pi", "simulated devices");
            assertThat(e.getThrowableProxy()).isNull();
        });
        assertThat(log.list).noneMatch(e -> e.getThrowableProxy() != null || e.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void kioskPrintsTicketsAsPngAndBytesAndReportsASimulatedPaperOut(@TempDir Path dir) throws Exception {
        String yaml = example("kiosk.yaml").replace("/var/tmp/hallq-tickets", dir.resolve("tickets").toString());
        try (NodeHardware hw = openOffPi(DeviceFileLoader.parse(yaml), dir)) {
            String url = TicketStatusUrl.of("10.0.0.2:8080", "B015", LocalDate.of(2025, 3, 14));
            TicketSlip ticket = TicketSlip.builder().hallName("滨江区政务服务中心").number("B015")
                    .zone("B", "公安户政", "Household registration")
                    .issuedAt(ZonedDateTime.of(2025, 3, 14, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")))
                    .ahead(12).estimatedWaitSec(1500).statusUrl(url).build();

            SimulatedTicketPrinter printer = (SimulatedTicketPrinter) hw.printer().orElseThrow();
            printer.print(ticket);

            SimulatedTicketPrinter.Output out = printer.lastOutput();
            assertThat(out.png()).exists().hasFileName("20250314-100000-B015.png");
            assertThat(Files.readAllBytes(out.escPos())).startsWith(0x1B, 0x40);
            BufferedImage png = ImageIO.read(out.png().toFile());
            String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(png)))).getText();
            assertThat(scanned).isEqualTo("http://10.0.0.2:8080/api/tickets/B015?day=2025-03-14");

            printer.simulateFault(PrinterFault.PAPER_OUT);
            assertThatThrownBy(() -> printer.print(ticket)).isInstanceOfSatisfying(PrinterException.class,
                    e -> assertThat(e.fault()).isEqualTo(PrinterFault.PAPER_OUT));
            printer.clearFaults();
            printer.print(ticket);
        }
    }

    @Test
    void keyboardKeysDriveButtonsAndRatingKeys(@TempDir Path dir) throws Exception {
        try (NodeHardware hw = openOffPi(DeviceFileLoader.parse(example("counter-pad.yaml")), dir)) {
            assertThat(hw.keyboardBindings()).containsKeys("F1", "F2", "F3", "DIGIT1", "DIGIT5");

            EventRecorder<ButtonEvent> events = new EventRecorder<>();
            hw.button("call-next").addListener(events::add);
            hw.keyboardBindings().get("F1").simulateClick();
            events.await(e -> e.type() == ButtonEvent.Type.RELEASED, WAIT);
            assertThat(events.events()).extracting(ButtonEvent::type)
                    .containsExactly(ButtonEvent.Type.PRESSED, ButtonEvent.Type.RELEASED);

            RatingKeys rating = hw.ratingKeys().orElseThrow();
            var answer = rating.request(Duration.ofSeconds(30));
            assertThat(hw.lamp("rate-prompt").mode()).isEqualTo(LampMode.BLINKING);
            hw.keyboardBindings().get("DIGIT2").simulateClick();
            RatingResult result = answer.get(5, TimeUnit.SECONDS);
            assertThat(result.level()).isEqualTo(RatingLevel.DISSATISFIED);
        }
    }

    @Test
    void theSimulatedSignShowsShortTextStillAndScrollsLongTextOneColumnPerStep(@TempDir Path dir) throws Exception {
        try (NodeHardware hw = openOffPi(DeviceFileLoader.parse(example("counter-pad.yaml")), dir)) {
            LedStrip strip = hw.ledStrip().orElseThrow();
            SimulatedLedDisplay display = hw.simulatedLedDisplay().orElseThrow();
            assertThat(strip.widthPixels()).isEqualTo(64);
            assertThat(strip.heightPixels()).isEqualTo(16);

            strip.show("A007");
            assertThat(strip.isScrolling()).isFalse();
            MonoBitmap still = display.lastFrame();
            assertThat(still.litCount()).isPositive();
            Path png = Path.of("target", "led-previews", "sim-still-A007.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(still.toImage(6), "png", png.toFile());

            EventRecorder<MonoBitmap> frames = new EventRecorder<>();
            display.addFrameListener(frames::add);
            strip.show("请A007号到3号窗口办理");
            assertThat(strip.isScrolling()).isTrue();
            List<MonoBitmap> seen = frames.awaitCount(40, WAIT);
            strip.clear();

            // Each step moves the picture one column left: column x+1 of a frame is column x of the next.
            for (int i = 0; i + 1 < 40; i++) {
                MonoBitmap a = seen.get(i);
                MonoBitmap b = seen.get(i + 1);
                assertThat(b.window(0, 63, false)).as("step %d", i).isEqualTo(a.window(1, 63, false));
            }
            assertThat(seen.get(39).litCount()).as("text has scrolled into view").isPositive();
            ImageIO.write(seen.get(39).toImage(6), "png", png.resolveSibling("sim-scroll-frame-39.png").toFile());
        }
    }
}
