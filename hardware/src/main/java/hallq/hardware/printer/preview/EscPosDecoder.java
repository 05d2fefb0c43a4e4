package hallq.hardware.printer.preview;

import hallq.hardware.printer.escpos.EscPos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an ESC/POS byte stream back into a {@link PrintedDocument}, the way a printer would
 * interpret it. Covers the commands HallQ sends and refuses anything else, so a stray byte in a
 * ticket shows up as an error instead of garbage on paper. Used by the simulated printer to draw
 * tickets and by tests to check what would be printed.
 */
public final class EscPosDecoder {

    private final byte[] in;
    private int pos;

    private final List<PrintedDocument.Element> elements = new ArrayList<>();
    private final List<PrintedDocument.TextRun> runs = new ArrayList<>();
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();

    private PrintedDocument.Align align;
    private int widthMultiple;
    private int heightMultiple;
    private boolean bold;
    private boolean reverse;
    private boolean chinese;
    private String qrPayload;
    private int qrModuleSize;
    private char qrErrorCorrection;

    private EscPosDecoder(byte[] in) {
        this.in = in;
        reset();
    }

    public static PrintedDocument decode(byte[] escPos) {
        EscPosDecoder d = new EscPosDecoder(escPos);
        d.run();
        return new PrintedDocument(d.elements);
    }

    private void reset() {
        align = PrintedDocument.Align.LEFT;
        widthMultiple = 1;
        heightMultiple = 1;
        bold = false;
        reverse = false;
        chinese = false;
        qrModuleSize = 3;
        qrErrorCorrection = 'L';
    }

    private void run() {
        while (pos < in.length) {
            int b = next();
            switch (b) {
                case EscPos.LF -> endLine();
                case EscPos.ESC -> esc();
                case EscPos.GS -> gs();
                case EscPos.FS -> fs();
                case EscPos.DLE -> dle();
                default -> {
                    if (b < 0x20 || b == 0x7F) {
                        throw error("unsupported control byte 0x%02X", b);
                    }
                    text.write(b);
                }
            }
        }
        if (text.size() > 0 || !runs.isEmpty()) {
            endLine(); // Printers hold an unterminated line until the next LF or cut; show it anyway.
        }
    }

    private void esc() {
        int c = next();
        switch (c) {
            case '@' -> {
                closeRun();
                reset();
            }
            case 'a' -> {
                closeRun();
                int n = next() & 0x0F; // accepts 0..2 and '0'..'2'
                align = PrintedDocument.Align.values()[Math.min(n, 2)];
            }
            case 'E' -> styleChange(() -> bold = (next() & 1) == 1);
            case 'd' -> {
                int n = next();
                if (text.size() > 0 || !runs.isEmpty()) {
                    endLine();
                    n = Math.max(0, n - 1);
                }
                elements.add(new PrintedDocument.Feed(n));
            }
            default -> throw error("unsupported command ESC 0x%02X", c);
        }
    }

    private void gs() {
        int c = next();
        switch (c) {
            case '!' -> styleChange(() -> {
                int n = next();
                widthMultiple = ((n >> 4) & 0x07) + 1;
                heightMultiple = (n & 0x07) + 1;
            });
            case 'B' -> styleChange(() -> reverse = (next() & 1) == 1);
            case '(' -> {
                if (next() != 'k') {
                    throw error("unsupported GS ( function");
                }
                qrFunction();
            }
            case 'v' -> raster();
            case 'V' -> cut();
            default -> throw error("unsupported command GS 0x%02X", c);
        }
    }

    private void fs() {
        int c = next();
        switch (c) {
            case '&' -> chinese = true;
            case '.' -> chinese = false;
            default -> throw error("unsupported command FS 0x%02X", c);
        }
    }

    private void dle() {
        // DLE EOT n is a real-time status query; it prints nothing.
        if (next() != EscPos.EOT) {
            throw error("unsupported DLE command");
        }
        next();
    }

    private void qrFunction() {
        int length = next() | (next() << 8);
        int start = pos;
        int cn = next();
        int fn = next();
        if (cn != 49) {
            throw error("GS ( k symbol type %d is not QR", cn);
        }
        switch (fn) {
            case 65 -> {
                next(); // model: '1', '2' or '3'; the preview draws model 2
                next();
            }
            case 67 -> qrModuleSize = next();
            case 69 -> qrErrorCorrection = "LMQH".charAt(Math.min(3, Math.max(0, next() - 48)));
            case 80 -> {
                next(); // m = '0'
                int dataLength = length - 3;
                qrPayload = new String(in, pos, dataLength, StandardCharsets.UTF_8);
                pos += dataLength;
            }
            case 81 -> {
                next();
                flushPendingText();
                if (qrPayload == null) {
                    throw error("QR print without stored data");
                }
                elements.add(new PrintedDocument.QrCode(qrPayload, qrModuleSize, qrErrorCorrection, align));
            }
            default -> throw error("unsupported QR function %d", fn);
        }
        if (pos - start != length) {
            throw error("GS ( k length %d does not match its parameters", length);
        }
    }

    private void raster() {
        if (next() != '0') {
            throw error("unsupported GS v command");
        }
        next(); // m: density, ignored by the preview
        int bytesPerRow = next() | (next() << 8);
        int height = next() | (next() << 8);
        int size = bytesPerRow * height;
        if (pos + size > in.length) {
            throw error("raster image runs past the end of the data");
        }
        byte[] rows = new byte[size];
        System.arraycopy(in, pos, rows, 0, size);
        pos += size;
        flushPendingText();
        elements.add(new PrintedDocument.RasterImage(bytesPerRow * 8, height, rows, align));
    }

    private void cut() {
        int m = next();
        if (m == 65 || m == 66) {
            next(); // feed amount
        }
        flushPendingText();
        elements.add(new PrintedDocument.Cut(m == 1 || m == 49 || m == 66));
    }

    /** Text before an image or cut is printed as its own line first. */
    private void flushPendingText() {
        if (text.size() > 0 || !runs.isEmpty()) {
            endLine();
        }
    }

    private void styleChange(Runnable change) {
        closeRun();
        change.run();
    }

    private void closeRun() {
        if (text.size() > 0) {
            Charset cs = chinese ? EscPos.TEXT_CHARSET : StandardCharsets.ISO_8859_1;
            runs.add(new PrintedDocument.TextRun(text.toString(cs), widthMultiple, heightMultiple, bold, reverse));
            text.reset();
        }
    }

    private void endLine() {
        closeRun();
        elements.add(new PrintedDocument.TextLine(align, runs));
        runs.clear();
    }

    private int next() {
        if (pos >= in.length) {
            throw error("command cut short at the end of the data");
        }
        return in[pos++] & 0xFF;
    }

    private IllegalArgumentException error(String format, Object... args) {
        return new IllegalArgumentException(String.format(format, args) + " (at byte " + (pos - 1) + ")");
    }
}
