package hallq.hardware.led.max7219;

import hallq.hardware.led.MonoBitmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns frames and settings into MAX7219 SPI transactions for a grid of chained modules.
 *
 * <p>Each transaction carries one 16-bit word (register, data) per module. Words shift through the
 * chain, so the first word sent ends up in the module farthest from the Pi: words go out farthest
 * module first. Chain position 0 is the module wired to the Pi.
 */
public final class Max7219Frames {

    static final int REG_DIGIT0 = 0x01;
    static final int REG_DECODE_MODE = 0x09;
    static final int REG_INTENSITY = 0x0A;
    static final int REG_SCAN_LIMIT = 0x0B;
    static final int REG_SHUTDOWN = 0x0C;
    static final int REG_DISPLAY_TEST = 0x0F;

    /** Where chain position 0 sits; rows of modules always follow top to bottom. */
    public enum ChainStart {
        TOP_LEFT, TOP_RIGHT;

        public static ChainStart parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private final int modulesWide;
    private final int modulesHigh;
    private final ChainStart chainStart;
    private final ModuleOrientation orientation;

    public Max7219Frames(int modulesWide, int modulesHigh, ChainStart chainStart, ModuleOrientation orientation) {
        this.modulesWide = modulesWide;
        this.modulesHigh = modulesHigh;
        this.chainStart = chainStart;
        this.orientation = orientation;
    }

    public int modules() {
        return modulesWide * modulesHigh;
    }

    public int width() {
        return modulesWide * 8;
    }

    public int height() {
        return modulesHigh * 8;
    }

    /** Power-up: no BCD decoding, all 8 digits scanned, test mode off, brightness, then out of shutdown. */
    public List<byte[]> initialize(int brightness) {
        List<byte[]> out = new ArrayList<>();
        out.add(allModules(REG_DISPLAY_TEST, 0));
        out.add(allModules(REG_DECODE_MODE, 0));
        out.add(allModules(REG_SCAN_LIMIT, 7));
        out.add(allModules(REG_INTENSITY, brightness));
        out.add(allModules(REG_SHUTDOWN, 1));
        return out;
    }

    public byte[] brightness(int level) {
        return allModules(REG_INTENSITY, level & 0x0F);
    }

    public byte[] shutdown() {
        return allModules(REG_SHUTDOWN, 0);
    }

    /** Eight transactions, one per digit register, that put the frame on the modules. */
    public List<byte[]> frame(MonoBitmap frame) {
        if (frame.width() != width() || frame.height() != height()) {
            throw new IllegalArgumentException("frame " + frame.width() + "x" + frame.height()
                    + " does not match " + width() + "x" + height());
        }
        List<byte[]> out = new ArrayList<>(8);
        for (int digit = 0; digit < 8; digit++) {
            byte[] tx = new byte[2 * modules()];
            for (int position = 0; position < modules(); position++) {
                int slot = slot(position);
                tx[slot] = (byte) (REG_DIGIT0 + digit);
                tx[slot + 1] = orientation.digitByte(frame::get, blockLeft(position), blockTop(position), digit);
            }
            out.add(tx);
        }
        return out;
    }

    /**
     * The picture a chain shows after these transactions, starting from {@code before}: the inverse of
     * {@link #frame}, reading only digit registers (for diagnostics and tests: what went over the wire).
     */
    public MonoBitmap picture(MonoBitmap before, List<byte[]> transactions) {
        MonoBitmap out = before.copy();
        for (byte[] tx : transactions) {
            if (tx.length != 2 * modules()) {
                throw new IllegalArgumentException("a transaction of " + tx.length + " bytes for " + modules()
                        + " modules");
            }
            for (int position = 0; position < modules(); position++) {
                int slot = slot(position);
                int digit = (tx[slot] & 0xFF) - REG_DIGIT0;
                if (digit >= 0 && digit <= 7) { // else a setting, not pixels
                    orientation.paint(out, blockLeft(position), blockTop(position), digit, tx[slot + 1]);
                }
            }
        }
        return out;
    }

    /** Cuts a byte stream as it went over SPI (one transaction after another) into transactions. */
    public List<byte[]> transactions(byte[] stream) {
        int size = 2 * modules();
        if (stream.length % size != 0) {
            throw new IllegalArgumentException(stream.length + " bytes are not whole transactions of " + size);
        }
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < stream.length; i += size) {
            out.add(Arrays.copyOfRange(stream, i, i + size));
        }
        return out;
    }

    /** Where a module's word sits in a transaction: the farthest module's word goes first. */
    private int slot(int position) {
        return (modules() - 1 - position) * 2;
    }

    /** The left pixel column of the module at this chain position. */
    private int blockLeft(int position) {
        int indexInRow = position % modulesWide;
        return 8 * (chainStart == ChainStart.TOP_LEFT ? indexInRow : modulesWide - 1 - indexInRow);
    }

    /** The top pixel row of the module at this chain position. */
    private int blockTop(int position) {
        return 8 * (position / modulesWide);
    }

    private byte[] allModules(int register, int value) {
        byte[] tx = new byte[2 * modules()];
        for (int i = 0; i < modules(); i++) {
            tx[2 * i] = (byte) register;
            tx[2 * i + 1] = (byte) value;
        }
        return tx;
    }
}
