package hallq.hardware.printer.escpos;

import hallq.hardware.printer.PaperWidth;
import hallq.hardware.printer.TicketSlip;

import java.time.format.DateTimeFormatter;

/**
 * Lays a ticket out as ESC/POS: hall, zone, a very large number, people ahead, estimated wait,
 * the status QR code, issue time, then a partial cut. Chinese goes out as GB18030 text in the
 * printer's Chinese mode, so it is printed with the printer's own (crisp) font.
 */
public final class TicketEscPosEncoder {

    /** Largest character multiple used for the ticket number: 6 × 24 dots ≈ 18 mm tall. */
    static final int NUMBER_MAX_MULTIPLE = 6;

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PaperWidth paper;
    private final boolean rasterQr;

    /**
     * @param rasterQr draw the QR code as an image (for printers without GS ( k) instead of the
     *                 printer's QR command
     */
    public TicketEscPosEncoder(PaperWidth paper, boolean rasterQr) {
        this.paper = paper;
        this.rasterQr = rasterQr;
    }

    public byte[] encode(TicketSlip t) {
        EscPosWriter w = new EscPosWriter()
                .initialize()
                .chineseMode()
                .align(EscPosWriter.Align.CENTER);

        w.bold(true);
        sized(w, t.hallName(), 2).line(t.hallName());
        w.bold(false).size(1, 1).line(separator());

        w.bold(true);
        sized(w, t.zoneNameZh(), 2).line(t.zoneNameZh());
        w.bold(false).size(1, 1);
        if (t.zoneNameEn() != null && !t.zoneNameEn().isBlank()) {
            wrapped(w, t.zoneNameEn());
        }
        if (t.green()) {
            w.bold(true).reverse(true).text(" 绿色通道 GREEN CHANNEL ").reverse(false).bold(false).newline();
        }

        int m = fitMultiple(t.number(), NUMBER_MAX_MULTIPLE);
        w.bold(true).size(m, m).line(t.number()).size(1, 1).bold(false);

        String aheadZh = "前面还有 " + t.ahead() + " 人";
        sized(w, aheadZh, 2).line(aheadZh);
        w.size(1, 1);
        wrapped(w, t.ahead() == 0 ? "You are next" : t.ahead() + (t.ahead() == 1 ? " person" : " people") + " ahead of you");
        if (t.estimatedWaitSec() > 0) {
            int minutes = Math.max(1, (t.estimatedWaitSec() + 59) / 60);
            wrapped(w, "预计等待约 " + minutes + " 分钟 / about " + minutes + " min");
        }

        w.feedLines(1);
        int moduleDots = paper == PaperWidth.MM_80 ? 6 : 5;
        if (rasterQr) {
            QrRaster.Rows qr = QrRaster.render(t.statusUrl(), moduleDots, paper.dots(), EscPosWriter.QrErrorCorrection.M);
            w.rasterImage(qr.rows(), qr.bytesPerRow());
        } else {
            w.qrCode(t.statusUrl(), moduleDots, EscPosWriter.QrErrorCorrection.M).newline();
        }
        w.line("扫码查看排队进度");
        wrapped(w, "Scan to follow your place in the queue");
        w.line(separator());
        w.line("取号时间 " + ISSUED.format(t.issuedAt()));
        if (t.notice() != null && !t.notice().isBlank()) {
            wrapped(w, t.notice());
        }
        return w.cut(true).toByteArray();
    }

    /** Writes text at size 1 in lines that fit the paper, so the printer never breaks a word in two. */
    private void wrapped(EscPosWriter w, String text) {
        for (String line : wrap(text, paper.dots())) {
            w.line(line);
        }
    }

    /**
     * Greedy lines of at most {@code maxDots} at size 1: Latin words stay whole (broken at spaces), Chinese may
     * break between any two characters, and a word wider than a whole line is cut as a last resort.
     */
    public static java.util.List<String> wrap(String text, int maxDots) {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean latin = cp < 0x80 && cp != ' ';
            if (!latin && word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            if (latin) {
                word.appendCodePoint(cp);
            } else {
                tokens.add(new String(Character.toChars(cp)));
            }
        });
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens) {
            if (textDots(line.toString() + token) <= maxDots) {
                line.append(token);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            String rest = token.equals(" ") ? "" : token;
            while (textDots(rest) > maxDots) { // one word longer than the paper: cut it
                int n = rest.length();
                while (textDots(rest.substring(0, n)) > maxDots) {
                    n--;
                }
                lines.add(rest.substring(0, n));
                rest = rest.substring(n);
            }
            line.append(rest);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private EscPosWriter sized(EscPosWriter w, String text, int maxMultiple) {
        int m = fitMultiple(text, maxMultiple);
        return w.size(m, m);
    }

    /** Largest multiple (≤ max) at which the text still fits on one line of this paper. */
    int fitMultiple(String text, int max) {
        int width = textDots(text);
        for (int m = max; m > 1; m--) {
            if (width * m <= paper.dots()) {
                return m;
            }
        }
        return 1;
    }

    /** Width at size 1: ASCII takes a 12-dot cell, anything else (Chinese) a 24-dot cell. */
    public static int textDots(String text) {
        return text.codePoints().map(cp -> cp < 0x80 ? EscPos.FONT_A_WIDTH : 2 * EscPos.FONT_A_WIDTH).sum();
    }

    private String separator() {
        return "-".repeat(paper.dots() / EscPos.FONT_A_WIDTH);
    }
}
