package hallq.hardware.printer.escpos;

import java.nio.charset.Charset;

/** ESC/POS byte values used by HallQ (Epson ESC/POS as implemented by common Chinese thermal printers). */
public final class EscPos {
    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte FS = 0x1C;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;
    public static final byte LF = 0x0A;

    /** Chinese printers take double-byte text in GB18030 once Chinese mode (FS &) is on. */
    public static final Charset TEXT_CHARSET = Charset.forName("GB18030");

    /** Base cell of font A: 12×24 dots for ASCII, 24×24 for a Chinese character. */
    public static final int FONT_A_WIDTH = 12;
    public static final int FONT_A_HEIGHT = 24;

    /** GS ( k function numbers for QR (cn = 49). */
    public static final int QR_FN_MODEL = 65;
    public static final int QR_FN_SIZE = 67;
    public static final int QR_FN_ERROR_CORRECTION = 69;
    public static final int QR_FN_STORE = 80;
    public static final int QR_FN_PRINT = 81;

    /** GS V function B: feed to the cutter, then cut; 66 = partial cut (leaves a hinge, ticket does not fall). */
    public static final int CUT_PARTIAL_AFTER_FEED = 66;
    public static final int CUT_FULL_AFTER_FEED = 65;

    private EscPos() {
    }
}
