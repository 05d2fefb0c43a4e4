package hallq.hardware.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static hallq.hardware.printer.escpos.EscPos.ESC;
import static hallq.hardware.printer.escpos.EscPos.FS;
import static hallq.hardware.printer.escpos.EscPos.GS;

/** Builds an ESC/POS byte stream command by command. Not thread-safe; one per job. */
public final class EscPosWriter {

    public enum Align { LEFT, CENTER, RIGHT }

    /** QR error correction levels, as the printer numbers them (48..51). */
    public enum QrErrorCorrection { L, M, Q, H }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);

    /** ESC @: reset modes left over from a previous job. */
    public EscPosWriter initialize() {
        return bytes(ESC, '@');
    }

    /** FS &: double-byte (GB18030) text from here on. */
    public EscPosWriter chineseMode() {
        return bytes(FS, '&');
    }

    public EscPosWriter align(Align align) {
        return bytes(ESC, 'a', align.ordinal());
    }

    public EscPosWriter bold(boolean on) {
        return bytes(ESC, 'E', on ? 1 : 0);
    }

    /** GS B: white on black. */
    public EscPosWriter reverse(boolean on) {
        return bytes(GS, 'B', on ? 1 : 0);
    }

    /** GS !: character size as multiples of the base cell, 1..8 each way. */
    public EscPosWriter size(int widthMultiple, int heightMultiple) {
        if (widthMultiple < 1 || widthMultiple > 8 || heightMultiple < 1 || heightMultiple > 8) {
            throw new IllegalArgumentException("character size multiples must be 1..8");
        }
        return bytes(GS, '!', ((widthMultiple - 1) << 4) | (heightMultiple - 1));
    }

    /** Text in the printer's Chinese code page; control characters are dropped so text cannot inject commands. */
    public EscPosWriter text(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(cp -> cp >= 0x20 && cp != 0x7F).forEach(clean::appendCodePoint);
        out.writeBytes(clean.toString().getBytes(EscPos.TEXT_CHARSET));
        return this;
    }

    public EscPosWriter newline() {
        return bytes(EscPos.LF);
    }

    public EscPosWriter line(String text) {
        return text(text).newline();
    }

    /** ESC d n: feed n lines. */
    public EscPosWriter feedLines(int lines) {
        return bytes(ESC, 'd', lines);
    }

    /** The printer's own QR code (GS ( k, model 2): select model, module size, error correction, store, print. */
    public EscPosWriter qrCode(String payload, int moduleSize, QrErrorCorrection ec) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        if (data.length > 7089 || moduleSize < 1 || moduleSize > 16) {
            throw new IllegalArgumentException("QR payload too long or module size outside 1..16");
        }
        qrFunction(EscPos.QR_FN_MODEL, new byte[]{'2', 0});
        qrFunction(EscPos.QR_FN_SIZE, new byte[]{(byte) moduleSize});
        qrFunction(EscPos.QR_FN_ERROR_CORRECTION, new byte[]{(byte) (48 + ec.ordinal())});
        byte[] store = new byte[data.length + 1];
        store[0] = '0';
        System.arraycopy(data, 0, store, 1, data.length);
        qrFunction(EscPos.QR_FN_STORE, store);
        return qrFunction(EscPos.QR_FN_PRINT, new byte[]{'0'});
    }

    private EscPosWriter qrFunction(int fn, byte[] params) {
        int length = params.length + 2; // cn + fn + params
        bytes(GS, '(', 'k', length & 0xFF, (length >> 8) & 0xFF, 49, fn);
        out.writeBytes(params);
        return this;
    }

    /**
     * GS v 0: a raster bit image, normal density.
     *
     * @param rows          packed rows, MSB = leftmost dot, 1 = black
     * @param bytesPerRow   width in bytes
     */
    public EscPosWriter rasterImage(byte[] rows, int bytesPerRow) {
        int height = rows.length / bytesPerRow;
        if (height * bytesPerRow != rows.length || height > 0xFFFF || bytesPerRow > 0xFFFF) {
            throw new IllegalArgumentException("raster rows do not match the width");
        }
        bytes(GS, 'v', '0', 0, bytesPerRow & 0xFF, bytesPerRow >> 8, height & 0xFF, height >> 8);
        out.writeBytes(rows);
        return this;
    }

    /** GS V m n: feed to the cutting position (plus n dots) and cut. */
    public EscPosWriter cut(boolean partial) {
        return bytes(GS, 'V', partial ? EscPos.CUT_PARTIAL_AFTER_FEED : EscPos.CUT_FULL_AFTER_FEED, 0);
    }

    private EscPosWriter bytes(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
