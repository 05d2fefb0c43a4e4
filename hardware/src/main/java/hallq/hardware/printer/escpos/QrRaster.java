package hallq.hardware.printer.escpos;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Draws a QR code with ZXing as packed raster rows, for printers without the GS ( k command. */
public final class QrRaster {

    /** Raster rows plus their width in bytes, ready for GS v 0. */
    public record Rows(byte[] rows, int bytesPerRow) {
    }

    private static final int QUIET_ZONE_MODULES = 2;

    private QrRaster() {
    }

    /** The QR module matrix (true = dark), no quiet zone. */
    public static boolean[][] modules(String payload, EscPosWriter.QrErrorCorrection ec) {
        try {
            QRCode code = Encoder.encode(payload, ErrorCorrectionLevel.valueOf(ec.name()),
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
            ByteMatrix m = code.getMatrix();
            boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark[y][x] = m.get(x, y) == 1;
                }
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR payload of " + payload.length() + " chars", e);
        }
    }

    /**
     * The QR code centred on a full paper-width raster, so it lands in the middle even on printers
     * that ignore ESC a for images.
     */
    public static Rows render(String payload, int moduleDots, int paperDots, EscPosWriter.QrErrorCorrection ec) {
        boolean[][] dark = modules(payload, ec);
        int size = (dark.length + 2 * QUIET_ZONE_MODULES) * moduleDots;
        if (size > paperDots) {
            throw new IllegalArgumentException("QR code of " + size + " dots does not fit " + paperDots + " dots");
        }
        int bytesPerRow = (paperDots + 7) / 8;
        byte[] rows = new byte[bytesPerRow * size];
        int left = (paperDots - size) / 2 + QUIET_ZONE_MODULES * moduleDots;
        int top = QUIET_ZONE_MODULES * moduleDots;
        for (int my = 0; my < dark.length; my++) {
            for (int mx = 0; mx < dark.length; mx++) {
                if (!dark[my][mx]) {
                    continue;
                }
                for (int dy = 0; dy < moduleDots; dy++) {
                    int y = top + my * moduleDots + dy;
                    for (int dx = 0; dx < moduleDots; dx++) {
                        int x = left + mx * moduleDots + dx;
                        rows[y * bytesPerRow + x / 8] |= (byte) (0x80 >> (x % 8));
                    }
                }
            }
        }
        return new Rows(rows, bytesPerRow);
    }
}
