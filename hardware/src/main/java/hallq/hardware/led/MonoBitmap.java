package hallq.hardware.led;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/** A 1-bit picture for LED signs: true = LED lit. Mutable; copy before sharing across threads. */
public final class MonoBitmap {

    private final int width;
    private final int height;
    private final boolean[] pixels;

    public MonoBitmap(int width, int height) {
        if (width < 0 || height < 1) {
            throw new IllegalArgumentException("bitmap size " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new boolean[width * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean get(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && pixels[y * width + x];
    }

    public void set(int x, int y, boolean lit) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("(" + x + "," + y + ") outside " + width + "x" + height);
        }
        pixels[y * width + x] = lit;
    }

    public int litCount() {
        int n = 0;
        for (boolean p : pixels) {
            if (p) {
                n++;
            }
        }
        return n;
    }

    /**
     * A window of this bitmap starting at column {@code fromX}, {@code width} wide; columns past the
     * right edge wrap to the start when {@code wrap} is true (for scrolling), else stay dark.
     */
    public MonoBitmap window(int fromX, int width, boolean wrap) {
        MonoBitmap out = new MonoBitmap(width, height);
        for (int x = 0; x < width; x++) {
            int sx = fromX + x;
            if (wrap && this.width > 0) {
                sx = Math.floorMod(sx, this.width);
            }
            for (int y = 0; y < height; y++) {
                out.pixels[y * width + x] = get(sx, y);
            }
        }
        return out;
    }

    public MonoBitmap copy() {
        MonoBitmap out = new MonoBitmap(width, height);
        System.arraycopy(pixels, 0, out.pixels, 0, pixels.length);
        return out;
    }

    /** Rows of '#' and '.', for logs and test messages. */
    public String toAscii() {
        StringBuilder sb = new StringBuilder((width + 1) * height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                sb.append(get(x, y) ? '#' : '.');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A picture of the sign: red dots on black, {@code dot} pixels per LED. */
    public BufferedImage toImage(int dot) {
        BufferedImage img = new BufferedImage(Math.max(1, width * dot), height * dot, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = get(x, y) ? 0xFF3020 : 0x301010;
                for (int dy = 1; dy < dot; dy++) {
                    for (int dx = 1; dx < dot; dx++) {
                        img.setRGB(x * dot + dx, y * dot + dy, rgb);
                    }
                }
            }
        }
        return img;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonoBitmap m && m.width == width && m.height == height && Arrays.equals(m.pixels, pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return "MonoBitmap " + width + "x" + height + "\n" + toAscii();
    }
}
