package hallq.hardware.led.max7219;

import java.util.Locale;

/**
 * How an 8×8 module maps MAX7219 registers to its pixels. Boards differ by how the matrix is
 * soldered; pick the one that shows text upright (names as in the device file).
 */
public enum ModuleOrientation {
    /** Digit register n = pixel row n-1 (top first), bit 7 = leftmost column. */
    ROWS_MSB_LEFT,
    /** Digit register n = pixel row n-1, bit 0 = leftmost column (FC-16 style boards). */
    ROWS_LSB_LEFT,
    /** Digit register n = pixel column n-1 (left first), bit 7 = top row. */
    COLUMNS_MSB_TOP,
    /** Digit register n = pixel column n-1, bit 0 = top row. */
    COLUMNS_LSB_TOP;

    public static ModuleOrientation parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The register byte for digit {@code digit} (0..7) of the 8×8 block at (left, top). */
    byte digitByte(MonoBitmapView pixels, int left, int top, int digit) {
        int value = 0;
        for (int i = 0; i < 8; i++) {
            boolean lit = switch (this) {
                case ROWS_MSB_LEFT, ROWS_LSB_LEFT -> pixels.get(left + i, top + digit);
                case COLUMNS_MSB_TOP, COLUMNS_LSB_TOP -> pixels.get(left + digit, top + i);
            };
            if (lit) {
                boolean msbFirst = this == ROWS_MSB_LEFT || this == COLUMNS_MSB_TOP;
                value |= msbFirst ? 0x80 >> i : 1 << i;
            }
        }
        return (byte) value;
    }

    /** Sets the pixels of digit {@code digit} of the block at (left, top) from its register byte: digitByte's inverse. */
    void paint(hallq.hardware.led.MonoBitmap out, int left, int top, int digit, byte value) {
        for (int i = 0; i < 8; i++) {
            boolean msbFirst = this == ROWS_MSB_LEFT || this == COLUMNS_MSB_TOP;
            boolean lit = (value & (msbFirst ? 0x80 >> i : 1 << i)) != 0;
            switch (this) {
                case ROWS_MSB_LEFT, ROWS_LSB_LEFT -> out.set(left + i, top + digit, lit);
                case COLUMNS_MSB_TOP, COLUMNS_LSB_TOP -> out.set(left + digit, top + i, lit);
            }
        }
    }

    /** Read access to pixels, so the encoder does not depend on one bitmap class. */
    @FunctionalInterface
    interface MonoBitmapView {
        boolean get(int x, int y);
    }
}
