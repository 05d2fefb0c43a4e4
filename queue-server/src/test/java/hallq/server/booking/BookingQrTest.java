package hallq.server.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** phone2: the booking link's SVG QR code reads back as the link (drawn into pixels from its path, then decoded). */
public class BookingQrTest {
    static final String LINK = "https://zwfw.example.gov.cn/hallq/book#code=12345678&k=GZ_I_td6eGCzraJt9kgFVg";

    /** The SVG's modules as pixels (4 a module), read by ZXing's own decoder. */
    public static String decode(String svg) throws Exception {
        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(size.find()).isTrue();
        int w = Integer.parseInt(size.group(1));
        int h = Integer.parseInt(size.group(2));
        int px = 4;
        int[] pixels = new int[w * px * h * px];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z").matcher(svg);
        int runs = 0;
        while (run.find()) {
            runs++;
            int x0 = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            for (int x = x0; x < x0 + Integer.parseInt(run.group(3)); x++) {
                for (int dy = 0; dy < px; dy++) {
                    for (int dx = 0; dx < px; dx++) {
                        pixels[(y * px + dy) * w * px + x * px + dx] = 0xFF000000;
                    }
                }
            }
        }
        assertThat(runs).isGreaterThan(20);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(w * px, h * px, pixels)))).getText();
    }

    @Test
    void theSvgReadsBackAsTheLink() throws Exception {
        String svg = BookingQr.svg(LINK);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .doesNotContain("<script");
        assertThat(decode(svg)).isEqualTo(LINK);
        assertThat(svg.length()).as("a few KB").isLessThan(12_000);
    }

    @Test
    void aTextLongerThanAnyBookingLinkIsRefused() {
        assertThatThrownBy(() -> BookingQr.svg("https://x/" + "a".repeat(BookingQr.LONGEST)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
