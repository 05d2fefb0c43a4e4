package hallq.pad.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import hallq.hardware.printer.PaperWidth;
import hallq.hardware.printer.PrinterException;
import hallq.hardware.printer.PrinterStatus;
import hallq.hardware.printer.SimulatedTicketPrinter;
import hallq.hardware.printer.TicketPrinter;
import hallq.hardware.printer.preview.EscPosDecoder;
import hallq.hardware.printer.preview.PrintedDocument;
import hallq.pad.app.PadAssembly;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import hallq.pad.clerk.LinkState;
import hallq.pad.clerk.PadModel;
import hallq.pad.i18n.Texts;
import hallq.pad.link.PadLink;
import hallq.pad.support.FxWait;
import hallq.protocol.CaseState;
import hallq.protocol.CaseView;
import hallq.protocol.CounterState;
import hallq.protocol.Outcome;
import hallq.protocol.calendar.WorkingDays;
import hallq.testkit.hall.TestHall;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
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
 * The pad's case sheets (issue 18) on headless JavaFX against a real queue server with the demo hall's matters:
 * the clerk finds the matter by its pinyin initials on the sheet's letter keys, marks materials, and the case the
 * server opens has the matter, the due date the sheet showed and the materials. Screenshots in
 * {@code target/screenshots/case-*.png}.
 */
@ExtendWith(ApplicationExtension.class)
class CaseSheetUiTest {
    private static final Path OUT = Path.of("target", "screenshots");
    private TestHall hall;
    private PadAssembly pad;
    private PadModel model;
    private Scene scene;
    private final LinkedBlockingQueue<CaseView> opened = new LinkedBlockingQueue<>();
    /** The window's printer, simulated (ESC/POS bytes and a picture), telling the test each document printed. */
    private final SimulatedTicketPrinter sim = new SimulatedTicketPrinter(OUT.resolve("slips"), PaperWidth.MM_80,
            false);
    private final LinkedBlockingQueue<byte[]> printed = new LinkedBlockingQueue<>();
    private final TicketPrinter printer = new TicketPrinter() {
        @Override
        public void print(hallq.hardware.printer.TicketSlip ticket) {
            throw new AssertionError("a pad prints no tickets");
        }

        @Override
        public void printDocument(String name, byte[] escPos) throws PrinterException {
            sim.printDocument(name, escPos);
            printed.add(escPos);
        }

        @Override
        public PrinterStatus status() {
            return sim.status();
        }

        @Override
        public PaperWidth paperWidth() {
            return PaperWidth.MM_80;
        }

        @Override
        public void close() {
        }
    };
    private CasePrinting printing;

    @Start
    void start(Stage stage) throws Exception {
        hall = new TestHall();
        pad = new PadAssembly(PadLink.to(hall.ws(), "pad-3", "demo-pad-3"), null, Texts.forLanguage("zh"),
                Clock.systemUTC(), PadModel.RATING_TIMEOUT);
        model = pad.model();
        model.onCaseOpened(opened::add);
        printing = CasePrinting.attach(model, printer);
        scene = new Scene(pad.root(), 1024, 600);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        pad.start();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(pad::close).get();
        printing.close();
        hall.close();
    }

    private void serving(FxRobot robot) throws Exception {
        hall.issue("legal");
        FxWait.until(model, "online", s -> s.link() == LinkState.ONLINE && s.counterState() == CounterState.CLOSED);
        WaitForAsyncUtils.asyncFx(() -> model.login("1001", "4821")).get();
        FxWait.until(model, "logged in", s -> s.counterState() == CounterState.IDLE && s.pending() == null);
        robot.clickOn("#action-call-next");
        FxWait.until(model, "called", s -> s.counterState() == CounterState.CALLED && s.pending() == null);
        robot.clickOn("#action-finish");
    }

    /** The case sheet is up: it comes once the hall's matters are read (asynchronously, op {@code matters}). */
    private void sheetShown() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scene.lookup("#case-confirm") != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String letters) {
        for (char c : letters.toCharArray()) {
            robot.clickOn("#key-" + c);
        }
    }

    /** The sheet's digit keys (the login keypad's are {@code key-N}). */
    private void digits(FxRobot robot, String digits) {
        for (char c : digits.toCharArray()) {
            robot.clickOn("#digit-" + c);
        }
    }

    private static void setText(FxRobot robot, String id, String text) throws Exception {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> f.setText(text)).get();
        WaitForAsyncUtils.waitForFxEvents();
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

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aPromiseFoundByItsInitialsOpensACaseDueOnTheDateTheSheetShowed(FxRobot robot) throws Exception {
        serving(robot);
        robot.clickOn("#outcome-accepted");
        sheetShown();
        assertThat(robot.lookup("#case-confirm").queryButton().isDisabled()).as("no matter yet").isTrue();
        assertThat(robot.lookup("#case-problem").queryAs(Labeled.class).getText()).isEqualTo("请先选择事项");
        type(robot, "qybg");
        assertThat(robot.lookup("#matter-search").queryAs(TextField.class).getText()).isEqualTo("qybg");
        robot.clickOn("#matter-FR004"); // 企业变更登记, promised in 1 working day
        assertThat(robot.lookup("#case-matter").queryAs(Labeled.class).getText())
                .isEqualTo("企业变更登记  ·  承诺 1 个工作日");
        LocalDate due = WorkingDays.of(hall.hall.calendar()).addWorkingDays(today(), 1);
        assertThat(robot.lookup("#due-date").queryAs(javafx.scene.control.DatePicker.class).getValue())
                .isEqualTo(due);
        robot.clickOn("#case-phone");
        digits(robot, "1381234567");
        assertThat(robot.lookup("#case-confirm").queryButton().isDisabled()).as("10 digits").isTrue();
        assertThat(robot.lookup("#case-problem").queryAs(Labeled.class).getText()).isEqualTo("手机号码应为11位数字");
        digits(robot, "8");
        assertThat(Files.size(shoot("case-promise.png"))).isGreaterThan(10_000);
        robot.clickOn("#case-confirm");
        CaseView c = opened.poll(10, TimeUnit.SECONDS);
        assertThat(c).as("the finish reply's case").isNotNull();
        assertThat(c.matter()).isEqualTo("FR004");
        assertThat(c.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(c.dueDate()).isEqualTo(due.toString());
        assertThat(c.clerk()).isEqualTo("1001");
        assertThat(c.key()).as("for the receipt's QR").isNotBlank();

        // the 收件通知单, decoded back from the bytes the printer got, its QR scanned from the picture
        byte[] job = printed.poll(10, TimeUnit.SECONDS);
        assertThat(job).as("the receipt printed").isNotNull();
        List<String> lines = EscPosDecoder.decode(job).elements().stream()
                .filter(e -> e instanceof PrintedDocument.TextLine).map(e -> ((PrintedDocument.TextLine) e).text())
                .toList();
        String all = String.join("\n", lines);
        assertThat(lines).contains("收件通知单", c.id());
        assertThat(all).contains("办理事项：企业变更登记").contains("首办责任人：张三（1001）  3号窗口")
                .contains("承诺办结日期：" + due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日");
        String url = "http://127.0.0.1:" + hall.port + "/c/" + c.id() + "?k=" + c.key();
        assertThat(qr(sim.lastOutput().png())).isEqualTo(url);
        Files.copy(sim.lastOutput().png(), OUT.resolve("case-receipt.png"), StandardCopyOption.REPLACE_EXISTING);

        // the phone typed on the sheet went with the case: once ready it is on the pickup window's call list
        java.net.http.HttpResponse<String> ready = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(hall.http("/api/cases/" + c.id() + "/ready"))
                        .header("Authorization", "Bearer demo-backoffice")
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode calls = hall.pad("8", "1008", "1946")
                .ok(hallq.protocol.Op.CASE_CALLS.wire(), null).path("calls");
        assertThat(calls.size()).isEqualTo(1);
        assertThat(calls.get(0).path("phone").asText()).isEqualTo("13812345678");
    }

    static String qr(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @Test
    void incompleteMarksTheMissingMaterialsAndATypedOne(FxRobot robot) throws Exception {
        serving(robot);
        robot.clickOn("#outcome-incomplete");
        sheetShown();
        setText(robot, "#matter-search", "食品经营"); // characters, as from the pad's keyboard
        robot.clickOn("#matter-FR011");
        robot.clickOn("#material-1").clickOn("#material-4");
        setText(robot, "#material-new", "租赁合同");
        robot.clickOn("#material-add");
        assertThat(robot.lookup("#material-1").queryAs(Labeled.class).getText()).endsWith("（缺）");
        assertThat(Files.size(shoot("case-incomplete.png"))).isGreaterThan(10_000);
        robot.clickOn("#case-confirm");
        CaseView c = opened.poll(10, TimeUnit.SECONDS);
        assertThat(c).isNotNull();
        assertThat(c.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(c.state()).isEqualTo(CaseState.INCOMPLETE);
        assertThat(c.missing()).containsExactly("营业执照复印件", "法定代表人身份证明", "租赁合同");
        byte[] job = printed.poll(10, TimeUnit.SECONDS);
        assertThat(job).as("the 一次性告知单 printed").isNotNull();
        String all = EscPosDecoder.decode(job).elements().stream().filter(e -> e instanceof PrintedDocument.TextLine)
                .map(e -> ((PrintedDocument.TextLine) e).text()).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(all).contains("一次性告知单").contains("1. 营业执照复印件").contains("3. 租赁合同")
                .doesNotContain("承诺办结日期");
        Files.copy(sim.lastOutput().png(), OUT.resolve("case-notice.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void waivedSendsTheMaterialsToFollowWithTheirDate(FxRobot robot) throws Exception {
        serving(robot);
        robot.clickOn("#outcome-waived");
        sheetShown();
        type(robot, "dyq");
        assertThat(robot.lookup("#matter-results").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .as("抵押 matters of the estate zone, which window 3 also serves").isNotEmpty();
        robot.clickOn("#matter-BDC007"); // 抵押权首次登记
        robot.clickOn("#material-3");
        assertThat(robot.lookup("#case-confirm").queryButton().isDisabled()).isFalse();
        assertThat(Files.size(shoot("case-waived.png"))).isGreaterThan(10_000);
        robot.clickOn("#case-confirm");
        CaseView c = opened.poll(10, TimeUnit.SECONDS);
        assertThat(c).isNotNull();
        assertThat(c.waived()).containsExactly("主债权合同");
        assertThat(c.waivedDue()).isEqualTo(WorkingDays.of(hall.hall.calendar())
                .addWorkingDays(today(), CaseForm.DEFAULT_WAIVED_DAYS).toString());
    }
}
