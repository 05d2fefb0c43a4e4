package hallq.server.booking;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A booking's own link as a QR code (phone2, issue 17), a small SVG the /book page shows with the code: scanned at the
 * kiosk it checks in, on another phone it opens the booking. ZXing encodes (as the kiosk's ticket QR does); this only
 * draws each row's runs of dark modules as one path, so the image is a few KB and needs no script.
 */
public final class BookingQr {
    /** Texts longer than this are no booking link (publicUrl is at most 200 characters, code and key under 90). */
    static final int LONGEST = 320;

    private BookingQr() {
    }

    public static String svg(String text) {
        if (text.length() > LONGEST) {
            throw new IllegalArgumentException("a booking link of " + text.length() + " characters");
        }
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code of this link", e);
        }
        int w = m.getWidth();
        int h = m.getHeight();
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; ) {
                if (!m.get(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < w && m.get(x + run, y)) {
                    run++;
                }
                d.append('M').append(x).append(' ').append(y).append('h').append(run).append("v1h-").append(run)
                        .append('z');
                x += run;
            }
        }
        // crispEdges: whole modules, no blur between them for a phone camera
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" width=\"" + w * 6
                + "\" height=\"" + h * 6 + "\" shape-rendering=\"crispEdges\"><rect width=\"" + w + "\" height=\"" + h
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + d + "\"/></svg>";
    }
}
