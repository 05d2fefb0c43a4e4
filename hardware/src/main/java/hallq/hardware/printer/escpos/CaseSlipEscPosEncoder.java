package hallq.hardware.printer.escpos;

import hallq.hardware.printer.CaseSlip;
import hallq.hardware.printer.PaperWidth;
import java.time.format.DateTimeFormatter;

/**
 * Lays a case slip out as ESC/POS (issue 18): the hall, the slip's title, the case number large (the citizen
 * brings it, or the QR, for the pickup), the matter, the 首办责任人 and window, the promised date, what is to follow
 * or missing, the case page's QR, and a cut. Chinese in the printer's Chinese mode, as the ticket is.
 */
public final class CaseSlipEscPosEncoder {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final PaperWidth paper;
    private final boolean rasterQr;

    public CaseSlipEscPosEncoder(PaperWidth paper, boolean rasterQr) {
        this.paper = paper;
        this.rasterQr = rasterQr;
    }

    public byte[] encode(CaseSlip s) {
        EscPosWriter w = new EscPosWriter().initialize().chineseMode().align(EscPosWriter.Align.CENTER);
        w.bold(true);
        sized(w, s.hallName(), 2).line(s.hallName());
        sized(w, s.kind().title(), 2).line(s.kind().title());
        w.size(1, 1).bold(false).line(separator());
        w.line("办件编号");
        w.bold(true);
        sized(w, s.caseId(), 2).line(s.caseId());
        w.size(1, 1).bold(false);
        w.align(EscPosWriter.Align.LEFT);
        if (s.matterName() != null) {
            wrapped(w, "办理事项：" + s.matterName());
        }
        if (s.clerkName() != null) {
            wrapped(w, "首办责任人：" + s.clerkName() + (s.counterName() == null ? "" : "  " + s.counterName()));
        }
        w.line("受理时间：" + AT.format(s.openedAt()));
        if (s.dueDate() != null) {
            w.bold(true);
            wrapped(w, "承诺办结日期：" + DAY.format(s.dueDate()));
            w.bold(false);
        }
        if (!s.toFollow().isEmpty()) {
            w.line(separator());
            wrapped(w, "容缺受理，请于 " + DAY.format(s.toFollowDue()) + " 前补交：");
            list(w, s.toFollow());
        }
        if (!s.missing().isEmpty()) {
            w.line(separator());
            wrapped(w, "您的申请材料尚缺以下材料，请补齐后再来办理（本单一次性告知）：");
            list(w, s.missing());
        }
        w.line(separator());
        w.align(EscPosWriter.Align.CENTER).feedLines(1);
        int moduleDots = paper == PaperWidth.MM_80 ? 5 : 4;
        if (rasterQr) {
            QrRaster.Rows qr = QrRaster.render(s.caseUrl(), moduleDots, paper.dots(), EscPosWriter.QrErrorCorrection.M);
            w.rasterImage(qr.rows(), qr.bytesPerRow());
        } else {
            w.qrCode(s.caseUrl(), moduleDots, EscPosWriter.QrErrorCorrection.M).newline();
        }
        w.line("扫码查看办理进度");
        if (s.kind() == CaseSlip.Kind.RECEIPT) {
            wrapped(w, "办结后凭本单或编号到综合出件窗口取件");
        } else {
            wrapped(w, "补齐材料后凭本单或编号取号办理");
        }
        return w.cut(true).toByteArray();
    }

    private void list(EscPosWriter w, java.util.List<String> items) {
        int i = 1;
        for (String item : items) {
            wrapped(w, (i++) + ". " + item);
        }
    }

    private void wrapped(EscPosWriter w, String text) {
        for (String line : TicketEscPosEncoder.wrap(text, paper.dots())) {
            w.line(line);
        }
    }

    private EscPosWriter sized(EscPosWriter w, String text, int max) {
        int width = TicketEscPosEncoder.textDots(text);
        int m = max;
        while (m > 1 && width * m > paper.dots()) {
            m--;
        }
        return w.size(m, m);
    }

    private String separator() {
        return "-".repeat(paper.dots() / EscPos.FONT_A_WIDTH);
    }
}
