package hallq.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewestSlipTest {
    @TempDir
    Path folder;

    @Test
    void theNewestSlipsCodeIsRead() throws Exception {
        Path old = write("a-old.png", "http://hall/c/20261204-A001?k=old");
        Path fresh = write("b-new.png", "http://hall/c/20261205-B001?k=new");
        Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(fresh, FileTime.fromMillis(2_000_000));
        Files.writeString(folder.resolve("c-newest.bin"), "not a picture"); // the printer's raw bytes beside it
        assertThat(NewestSlip.qrText(folder)).contains("http://hall/c/20261205-B001?k=new");
    }

    @Test
    void anEmptyOrMissingFolderOrAPictureWithoutACodeGivesNothing() throws Exception {
        assertThat(NewestSlip.qrText(folder)).isEmpty();
        assertThat(NewestSlip.qrText(folder.resolve("none"))).isEmpty();
        ImageIO.write(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("blank.png").toFile());
        assertThat(NewestSlip.qrText(folder)).isEmpty();
    }

    private Path write(String name, String text) throws Exception {
        BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 200, 200);
        BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        Path p = folder.resolve(name);
        ImageIO.write(img, "png", p.toFile());
        return p;
    }
}
