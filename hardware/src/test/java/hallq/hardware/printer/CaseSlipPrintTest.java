package hallq.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.hardware.printer.escpos.CaseSlipEscPosEncoder;
import hallq.hardware.printer.preview.EscPosDecoder;
import hallq.hardware.printer.preview.PrintedDocument;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's 收件通知单 and 一次性告知单 (issue 18): decoded back from their ESC/POS bytes, the QR scanned. */
class CaseSlipPrintTest {
    private static final String URL = "https://zwfw.example.gov.cn/hallq/c/20261203-A007?k=Zq3xY0aBcDeFgHiJkLmNoP";
    private static final ZonedDateTime AT = ZonedDateTime.parse("2026-12-03T09:41:00+08:00[Asia/Shanghai]");

    @TempDir
    Path dir;

    private static CaseSlip receipt() {
        return new CaseSlip(CaseSlip.Kind.RECEIPT, "示范区政务服务大厅", "20261203-A007", "抵押权首次登记",
                "张三（1001）", "3号窗口", AT, LocalDate.parse("2026-12-07"), List.of("主债权合同"),
                LocalDate.parse("2026-12-04"), List.of(), URL);
    }

    private static List<String> lines(PrintedDocument doc) {
        return doc.elements().stream().filter(e -> e instanceof PrintedDocument.TextLine)
                .map(e -> ((PrintedDocument.TextLine) e).text()).toList();
    }

    @Test
    void theReceiptSaysTheCaseTheMatterTheClerkTheDateAndWhatFollows() throws Exception {
        for (PaperWidth paper : new PaperWidth[] {PaperWidth.MM_80, PaperWidth.MM_58}) {
            for (boolean raster : new boolean[] {false, true}) {
                byte[] bytes = new CaseSlipEscPosEncoder(paper, raster).encode(receipt());
                PrintedDocument doc = EscPosDecoder.decode(bytes);
                String all = String.join("\n", lines(doc));
                assertThat(lines(doc)).contains("收件通知单", "20261203-A007", "受理时间：2026-12-03 09:41");
                assertThat(all).contains("办理事项：抵押权首次登记").contains("首办责任人：张三（1001）")
                        .contains("承诺办结日期：2026年12月7日").contains("2026年12月4日").contains("1. 主债权合同")
                        .doesNotContain("尚缺");
                assertThat(doc.endsWithCut()).isTrue();
                BufferedImage png = new hallq.hardware.printer.preview.PrintPreviewRenderer(paper.dots()).render(doc);
                assertThat(EscPosTicketPrinterTest.decodeQr(png)).as(paper + " raster " + raster).isEqualTo(URL);
            }
        }
    }

    @Test
    void theNoticeListsWhatIsMissingOnce() throws Exception {
        CaseSlip notice = new CaseSlip(CaseSlip.Kind.NOTICE, "示范区政务服务大厅", "20261203-A008", "食品经营许可证核发",
                "李四（1002）", "4号窗口", AT, null, List.of(), null, List.of("营业执照复印件", "法定代表人身份证明"), URL);
        PrintedDocument doc = EscPosDecoder.decode(new CaseSlipEscPosEncoder(PaperWidth.MM_80, false).encode(notice));
        String all = String.join("\n", lines(doc));
        assertThat(lines(doc)).contains("一次性告知单", "1. 营业执照复印件", "2. 法定代表人身份证明");
        assertThat(all).contains("尚缺以下材料").doesNotContain("承诺办结日期");
        assertThat(doc.qrCodes()).singleElement().satisfies(q -> assertThat(q.payload()).isEqualTo(URL));
    }

    @Test
    void theSimulatedPrinterWritesTheBytesAndAPictureAndTheRealOneTheBytes() throws Exception {
        byte[] bytes = new CaseSlipEscPosEncoder(PaperWidth.MM_80, false).encode(receipt());
        SimulatedTicketPrinter sim = new SimulatedTicketPrinter(dir, PaperWidth.MM_80, false);
        sim.printDocument("receipt-20261203-A007", bytes);
        assertThat(Files.readAllBytes(sim.lastOutput().escPos())).isEqualTo(bytes);
        BufferedImage png = ImageIO.read(sim.lastOutput().png().toFile());
        assertThat(EscPosTicketPrinterTest.decodeQr(png)).isEqualTo(URL);
        Files.copy(sim.lastOutput().png(), Path.of("target").resolve("case-receipt.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        hallq.hardware.printer.link.MemoryPrinterLink link = new hallq.hardware.printer.link.MemoryPrinterLink(null);
        new EscPosTicketPrinter(link, PaperWidth.MM_80, false, false, java.time.Duration.ofMillis(100))
                .printDocument("receipt", bytes);
        assertThat(link.written()).isEqualTo(bytes);
    }
}
