package hallq.kiosk.scan;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The hall in a box's stand-in for holding a printed slip under the scanner: the QR code of the newest PNG a
 * simulated printer wrote into a folder (the pad's receipts), read back with ZXing. Only the desktop's F4 key uses it.
 */
public final class NewestSlip {
    private NewestSlip() {
    }

    /** The text of the QR code on the newest {@code *.png} in {@code folder}; empty when there is none to read. */
    public static Optional<String> qrText(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Optional<Path> newest = files.filter(p -> p.getFileName().toString().endsWith(".png"))
                    .max(Comparator.comparingLong(NewestSlip::modified));
            return newest.flatMap(NewestSlip::decode);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private static Optional<String> decode(Path png) {
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            if (image == null) {
                return Optional.empty();
            }
            int w = image.getWidth();
            int h = image.getHeight();
            int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
            return Optional.of(new QRCodeReader().decode(bitmap).getText());
        } catch (IOException | com.google.zxing.ReaderException e) {
            return Optional.empty();
        }
    }
}
