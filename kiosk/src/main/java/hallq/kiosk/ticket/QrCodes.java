package hallq.kiosk.ticket;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** The ticket's status link as a QR code image (ZXing encodes; this only paints its modules). */
public final class QrCodes {
    private QrCodes() {
    }

    /**
     * @param modulePixels pixels per QR module: whole pixels keep the edges sharp for phone cameras
     */
    public static WritableImage image(String text, int modulePixels) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text, e);
        }
        int w = m.getWidth() * modulePixels;
        int h = m.getHeight() * modulePixels;
        WritableImage img = new WritableImage(w, h);
        PixelWriter pw = img.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pw.setColor(x, y, m.get(x / modulePixels, y / modulePixels) ? Color.BLACK : Color.WHITE);
            }
        }
        return img;
    }
}
