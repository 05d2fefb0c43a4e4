package hallq.hardware.printer;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import hallq.hardware.printer.escpos.TicketEscPosEncoder;
import hallq.hardware.printer.link.MemoryPrinterLink;
import hallq.hardware.printer.preview.EscPosDecoder;
import hallq.hardware.printer.preview.PrintPreviewRenderer;
import hallq.hardware.printer.preview.PrintedDocument;
import hallq.hardware.printer.preview.PrintedDocument.TextRun;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscPosTicketPrinterTest {

    /** Rendered tickets land here so a person can look at them. */
    static final Path OUT = Path.of("target", "ticket-previews");

    private static final Duration STATUS_TIMEOUT = Duration.ofMillis(300);

    private static EscPosTicketPrinter printer(MemoryPrinterLink link, PaperWidth paper, boolean rasterQr) {
        return new EscPosTicketPrinter(link, paper, rasterQr, true, STATUS_TIMEOUT);
    }

    @Test
    void ticketBytesDecodeToTheTicketsFieldsAndAScannableQrCode() throws Exception {
        MemoryPrinterLink link = new MemoryPrinterLink(new PrinterEmulator(PrinterEmulator.State.READY));
        printer(link, PaperWidth.MM_80, false).print(Tickets.a007());

        PrintedDocument doc = EscPosDecoder.decode(link.written());
        List<String> lines = doc.lines();
        assertThat(lines).contains("滨江区政务服务中心", "社保医保", "Social & medical insurance", "A007",
                "前面还有 3 人", "3 people ahead of you", "预计等待约 5 分钟 / about 5 min",
                "取号时间 2025-03-14 09:05:12",
                // 600 dots of notice on 576-dot paper: broken at a space, not inside a word
                "过号请重新取号 Missed your turn? Take a new", "ticket");
        assertThat(lines).noneMatch(l -> l.contains("绿色通道"));

        TextRun number = runWithText(doc, "A007");
        assertThat(number.widthMultiple()).isEqualTo(6);
        assertThat(number.heightMultiple()).isEqualTo(6);
        assertThat(number.bold()).isTrue();
        assertThat(runWithText(doc, "前面还有 3 人").heightMultiple()).isEqualTo(2);

        assertThat(doc.qrCodes()).singleElement().satisfies(qr -> {
            assertThat(qr.payload()).isEqualTo("http://10.0.0.2:8080/api/tickets/A007?day=2025-03-14");
            assertThat(qr.errorCorrection()).isEqualTo('M');
        });
        assertThat(doc.endsWithCut()).isTrue();
        assertThat(((PrintedDocument.Cut) doc.elements().get(doc.elements().size() - 1)).partial()).isTrue();

        BufferedImage png = render(doc, PaperWidth.MM_80, "A007-80mm-native-qr.png");
        assertThat(decodeQr(png)).isEqualTo(Tickets.URL_A007);
    }

    @Test
    void theByteStreamUsesTheDocumentedCommands() throws Exception {
        MemoryPrinterLink link = new MemoryPrinterLink(null); // write-only: no status queries in the stream
        printer(link, PaperWidth.MM_80, false).print(Tickets.a007());
        String hex = HexFormat.of().formatHex(link.written());
        byte[] url = Tickets.URL_A007.getBytes(Charset.forName("UTF-8"));

        assertThat(hex).startsWith("1b40" + "1c26");                          // ESC @, FS & (Chinese mode)
        assertThat(hex).contains(HexFormat.of().formatHex("前面还有".getBytes(Charset.forName("GB18030"))));
        assertThat(hex).contains("1d2155" + HexFormat.of().formatHex("A007".getBytes()) + "0a"); // GS ! 6x6
        assertThat(hex).contains("1d286b0400314132" + "00");                  // QR model 2
        int storeLength = url.length + 3;
        assertThat(hex).contains("1d286b" + String.format("%02x%02x", storeLength & 0xFF, storeLength >> 8)
                + "315030" + HexFormat.of().formatHex(url));                  // QR store
        assertThat(hex).contains("1d286b0300315130");                          // QR print
        assertThat(hex).endsWith("1d564200");                                  // GS V 66 0: partial cut
    }

    @Test
    void rasterQrPrintsAnImageThatScansToTheStatusUrl() throws Exception {
        MemoryPrinterLink link = new MemoryPrinterLink(new PrinterEmulator(PrinterEmulator.State.READY));
        printer(link, PaperWidth.MM_58, true).print(Tickets.a007());

        PrintedDocument doc = EscPosDecoder.decode(link.written());
        assertThat(doc.qrCodes()).isEmpty();
        PrintedDocument.RasterImage image = doc.rasterImages().get(0);
        assertThat(image.widthDots()).isEqualTo(384);
        assertThat(decodeQr(toImage(image))).isEqualTo(Tickets.URL_A007);

        BufferedImage png = render(doc, PaperWidth.MM_58, "A007-58mm-raster-qr.png");
        assertThat(decodeQr(png)).isEqualTo(Tickets.URL_A007);
    }

    @Test
    void greenChannelTicketOn58mmFitsAndIsMarked() throws Exception {
        MemoryPrinterLink link = new MemoryPrinterLink(new PrinterEmulator(PrinterEmulator.State.READY));
        printer(link, PaperWidth.MM_58, false).print(Tickets.greenVa012());

        PrintedDocument doc = EscPosDecoder.decode(link.written());
        TextRun green = runWithText(doc, " 绿色通道 GREEN CHANNEL ");
        assertThat(green.reverse()).isTrue();
        TextRun number = runWithText(doc, "VA012");
        assertThat(number.widthMultiple() * 5 * 12).as("number width in dots").isLessThanOrEqualTo(384);
        assertThat(number.widthMultiple()).isGreaterThanOrEqualTo(5);
        assertThat(doc.lines()).contains("前面还有 0 人", "You are next").noneMatch(l -> l.startsWith("预计等待"));
        assertThat(doc.qrCodes().get(0).payload()).isEqualTo("http://hall.local/api/tickets/VA012?day=2025-03-14");

        BufferedImage png = render(doc, PaperWidth.MM_58, "VA012-58mm-green.png");
        assertThat(decodeQr(png)).isEqualTo("http://hall.local/api/tickets/VA012?day=2025-03-14");
    }

    @Test
    void longLinesBreakBetweenWordsOrBetweenChineseCharacters() {
        assertThat(TicketEscPosEncoder.wrap("Scan to follow your place in the queue", 12 * 16))
                .containsExactly("Scan to follow", "your place in", "the queue");
        assertThat(TicketEscPosEncoder.wrap("扫码查看排队进度", 24 * 5)).containsExactly("扫码查看排", "队进度");
        assertThat(TicketEscPosEncoder.wrap("short", 576)).containsExactly("short");
        assertThat(TicketEscPosEncoder.wrap("abcdefghij", 12 * 4)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void paperOutIsATypedErrorAndNothingIsPrinted() {
        MemoryPrinterLink link = new MemoryPrinterLink(new PrinterEmulator(PrinterEmulator.State.PAPER_OUT));
        EscPosTicketPrinter printer = printer(link, PaperWidth.MM_80, false);

        assertThatThrownBy(() -> printer.print(Tickets.a007()))
                .isInstanceOfSatisfying(PrinterException.class,
                        e -> assertThat(e.fault()).isEqualTo(PrinterFault.PAPER_OUT));
        // Only the three status queries went out, no ticket.
        assertThat(HexFormat.of().formatHex(link.written())).isEqualTo("100401" + "100402" + "100404");
    }

    @Test
    void coverOpenIsReportedAsCoverOpen() {
        MemoryPrinterLink link = new MemoryPrinterLink(new PrinterEmulator(PrinterEmulator.State.COVER_OPEN));
        assertThatThrownBy(() -> printer(link, PaperWidth.MM_80, false).print(Tickets.a007()))
                .isInstanceOfSatisfying(PrinterException.class,
                        e -> assertThat(e.fault()).isEqualTo(PrinterFault.COVER_OPEN));
    }

    @Test
    void aPrinterThatDoesNotAnswerIsNotResponding() {
        MemoryPrinterLink link = new MemoryPrinterLink(new PrinterEmulator(PrinterEmulator.State.SILENT));
        assertThatThrownBy(() -> printer(link, PaperWidth.MM_80, false).print(Tickets.a007()))
                .isInstanceOfSatisfying(PrinterException.class,
                        e -> assertThat(e.fault()).isEqualTo(PrinterFault.NOT_RESPONDING));
    }

    @Test
    void paperNearEndStillPrints() throws Exception {
        MemoryPrinterLink link = new MemoryPrinterLink(new PrinterEmulator(PrinterEmulator.State.PAPER_NEAR_END));
        EscPosTicketPrinter printer = printer(link, PaperWidth.MM_80, false);
        PrinterStatus status = printer.status();
        assertThat(status.isReady()).isTrue();
        assertThat(status.paperNearEnd()).isTrue();
        printer.print(Tickets.a007());
        assertThat(EscPosDecoder.decode(link.written()).endsWithCut()).isTrue();
    }

    @Test
    void writeOnlyLinkHasUnknownStatusAndStillPrints() throws Exception {
        MemoryPrinterLink link = new MemoryPrinterLink(null);
        EscPosTicketPrinter printer = printer(link, PaperWidth.MM_80, false);
        assertThat(printer.status().known()).isFalse();
        printer.print(Tickets.a007());
        assertThat(EscPosDecoder.decode(link.written()).lines()).contains("A007");
    }

    @Test
    void controlCharactersInTicketTextCannotInjectCommands() throws Exception {
        TicketSlip evil = TicketSlip.builder().hallName("大厅\u001dV\u0000").number("A001").zone("A", "综合", null)
                .day(Tickets.DAY).issuedAt(Tickets.a007().issuedAt()).ahead(0).statusUrl(Tickets.URL_A007).build();
        MemoryPrinterLink link = new MemoryPrinterLink(null);
        printer(link, PaperWidth.MM_80, false).print(evil);

        PrintedDocument doc = EscPosDecoder.decode(link.written());
        assertThat(doc.lines()).contains("大厅V");
        assertThat(doc.elements().stream().filter(PrintedDocument.Cut.class::isInstance)).hasSize(1);
    }

    static TextRun runWithText(PrintedDocument doc, String text) {
        return doc.textLines().stream().flatMap(l -> l.runs().stream())
                .filter(r -> r.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + doc.lines()));
    }

    static BufferedImage render(PrintedDocument doc, PaperWidth paper, String fileName) throws Exception {
        BufferedImage png = new PrintPreviewRenderer(paper.dots()).render(doc);
        Files.createDirectories(OUT);
        ImageIO.write(png, "png", OUT.resolve(fileName).toFile());
        return png;
    }

    static String decodeQr(BufferedImage image) throws Exception {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }

    private static BufferedImage toImage(PrintedDocument.RasterImage raster) {
        BufferedImage img = new BufferedImage(raster.widthDots(), raster.heightDots() + 40, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                boolean black = y >= 20 && y < raster.heightDots() + 20 && raster.isBlack(x, y - 20);
                img.setRGB(x, y, black ? 0x000000 : 0xFFFFFF);
            }
        }
        return img;
    }
}
