package hallq.hardware.scanner;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the bytes of a keyboard's Linux input device ({@code struct input_event}: a timeval, then type u16, code
 * u16, value s32, native order) into the codes a scanner in USB keyboard mode types: key presses (EV_KEY value 1)
 * mapped through the US layout scanners use, either shift held for capitals and symbols, Enter ending a code.
 * Bytes may come in any pieces. Not thread-safe: the scanner's one reading thread feeds it.
 */
public final class InputEventDecoder {
    private static final Logger log = LoggerFactory.getLogger(InputEventDecoder.class);

    /** {@code struct input_event} on 64-bit Linux: a 16-byte timeval, then 2 + 2 + 4. */
    public static final int EVENT_SIZE_64 = 24;
    /** ... and on 32-bit Linux (Raspberry Pi OS armhf): an 8-byte timeval. */
    public static final int EVENT_SIZE_32 = 16;

    static final int EV_KEY = 1;
    static final int KEY_ENTER = 28;
    static final int KEY_LEFTSHIFT = 42;
    static final int KEY_RIGHTSHIFT = 54;
    static final int KEY_KPENTER = 96;

    /** Characters by key code, unshifted and shifted (US layout); '\0' where a key types nothing. */
    static final char[] PLAIN = new char[128];
    static final char[] SHIFTED = new char[128];

    static {
        row(2, "1234567890-=", "!@#$%^&*()_+");
        row(16, "qwertyuiop[]", "QWERTYUIOP{}");
        row(30, "asdfghjkl;'`", "ASDFGHJKL:\"~");
        row(43, "\\zxcvbnm,./", "|ZXCVBNM<>?");
        row(57, " ", " ");
        // the keypad, which some scanners type digits on
        row(71, "789-456+1230.", "789-456+1230.");
        row(55, "*", "*");
        row(98, "/", "/");
    }

    private static void row(int first, String plain, String shifted) {
        for (int i = 0; i < plain.length(); i++) {
            PLAIN[first + i] = plain.charAt(i);
            SHIFTED[first + i] = shifted.charAt(i);
        }
    }

    private final int eventSize;
    private final ByteBuffer pending;
    private final StringBuilder code = new StringBuilder();
    private boolean leftShift;
    private boolean rightShift;
    private boolean tooLong;

    public InputEventDecoder(int eventSize) {
        if (eventSize != EVENT_SIZE_64 && eventSize != EVENT_SIZE_32) {
            throw new IllegalArgumentException("an input_event is 24 or 16 bytes, not " + eventSize);
        }
        this.eventSize = eventSize;
        this.pending = ByteBuffer.allocate(eventSize).order(ByteOrder.nativeOrder());
    }

    /** The size of an input_event on this JVM's machine. */
    public static int nativeEventSize() {
        String model = System.getProperty("sun.arch.data.model", "64");
        return model.equals("32") ? EVENT_SIZE_32 : EVENT_SIZE_64;
    }

    /** The codes these bytes complete (usually none or one). */
    public List<String> feed(byte[] bytes, int offset, int length) {
        List<String> done = new ArrayList<>(1);
        for (int i = offset; i < offset + length; i++) {
            pending.put(bytes[i]);
            if (!pending.hasRemaining()) {
                event(pending.getShort(eventSize - 8) & 0xFFFF, pending.getShort(eventSize - 6) & 0xFFFF,
                        pending.getInt(eventSize - 4), done);
                pending.clear();
            }
        }
        return done;
    }

    private void event(int type, int key, int value, List<String> done) {
        if (type != EV_KEY) {
            return; // EV_SYN, EV_MSC (scan codes), LEDs
        }
        if (key == KEY_LEFTSHIFT || key == KEY_RIGHTSHIFT) {
            boolean down = value != 0;
            if (key == KEY_LEFTSHIFT) {
                leftShift = down;
            } else {
                rightShift = down;
            }
            return;
        }
        if (value != 1) {
            return; // a release, or a repeat (a scanner types each character once)
        }
        if (key == KEY_ENTER || key == KEY_KPENTER) {
            if (tooLong) {
                log.warn("a scanned code over {} characters dropped", CodeScanner.MAX_CODE);
            } else if (code.length() > 0) {
                done.add(code.toString());
            }
            code.setLength(0);
            tooLong = false;
            return;
        }
        char c = key < PLAIN.length ? (leftShift || rightShift ? SHIFTED[key] : PLAIN[key]) : '\0';
        if (c == '\0') {
            return; // a key that types nothing (Tab, a function key): not part of a code
        }
        if (code.length() >= CodeScanner.MAX_CODE) {
            tooLong = true;
        } else {
            code.append(c);
        }
    }

    /**
     * The input_events a keyboard-mode scanner sends for {@code text} and Enter: each key pressed and released,
     * shift held around capitals and symbols, a SYN after each (the simulator's side, and the tests').
     */
    public static byte[] typing(String text, int eventSize) {
        ByteBuffer b = ByteBuffer.allocate((text.length() * 8 + 4) * eventSize).order(ByteOrder.nativeOrder());
        long usec = 0;
        for (char c : (text + "\n").toCharArray()) {
            int key = c == '\n' ? KEY_ENTER : -1;
            boolean shift = false;
            for (int k = 0; k < PLAIN.length && key < 0; k++) {
                if (PLAIN[k] == c) {
                    key = k;
                } else if (SHIFTED[k] == c && PLAIN[k] != c) {
                    key = k;
                    shift = true;
                }
            }
            if (key < 0) {
                throw new IllegalArgumentException("no key types '" + c + "'");
            }
            if (shift) {
                put(b, eventSize, usec++, EV_KEY, KEY_LEFTSHIFT, 1);
            }
            put(b, eventSize, usec++, EV_KEY, key, 1);
            put(b, eventSize, usec++, 0, 0, 0);
            put(b, eventSize, usec++, EV_KEY, key, 0);
            if (shift) {
                put(b, eventSize, usec++, EV_KEY, KEY_LEFTSHIFT, 0);
            }
            put(b, eventSize, usec++, 0, 0, 0);
        }
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return out;
    }

    private static void put(ByteBuffer b, int eventSize, long usec, int type, int code, int value) {
        if (eventSize == EVENT_SIZE_64) {
            b.putLong(1_764_806_400L + usec / 1_000_000).putLong(usec % 1_000_000);
        } else {
            b.putInt((int) (1_764_806_400L + usec / 1_000_000)).putInt((int) (usec % 1_000_000));
        }
        b.putShort((short) type).putShort((short) code).putInt(value);
    }
}
