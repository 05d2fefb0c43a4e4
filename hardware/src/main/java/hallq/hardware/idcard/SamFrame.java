package hallq.hardware.idcard;

import java.util.Arrays;

/**
 * The frames of the SAM protocol of GA 467 that resident ID card modules speak over UART:
 *
 * <pre>
 * to the reader:   AA AA AA 96 69 | LEN1 LEN2 | CMD PARA | data | CHK
 * from the reader: AA AA AA 96 69 | LEN1 LEN2 | SW1 SW2 SW3 | data | CHK
 * </pre>
 *
 * LEN (high byte first) counts everything after itself, CHK included; CHK is the XOR of every byte after the
 * preamble but itself. SW1 SW2 pass on the card's APDU status, SW3 is the reader's own (0x90 done, 0x9F card
 * found, 0x80 no card, ...). Plain functions over byte arrays: {@link SamSession} does the talking.
 */
public final class SamFrame {
    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    static final int HEADER = PREAMBLE.length + 2;
    /** SW1 SW2 SW3 CHK: the shortest reply. */
    static final int MIN_LENGTH = 4;
    /** The longest reply there is (base information with fingerprints: 2321 bytes in all), with room to spare. */
    static final int MAX_LENGTH = 4096;

    /** 寻找身份证 (find card). */
    public static final Command FIND = new Command(0x20, 0x01);
    /** 选取身份证 (select card). */
    public static final Command SELECT = new Command(0x20, 0x02);
    /** 读取基本信息 (read the text and the photo). */
    public static final Command READ_BASE = new Command(0x30, 0x01);

    /** Reader status SW3: done. */
    public static final int OK = 0x90;
    /** Reader status SW3: a card was found (find card). */
    public static final int FOUND = 0x9F;
    /** Reader status SW3: no card found. */
    public static final int NO_CARD = 0x80;
    /** Reader status SW3: the card could not be selected (lifted between find and select). */
    public static final int SELECT_FAILED = 0x81;

    public record Command(int cmd, int para) {
    }

    /** A reply from the reader. {@code data} is what lies between SW3 and the check byte. */
    public record Reply(int sw1, int sw2, int sw3, byte[] data) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Reply r && r.sw1 == sw1 && r.sw2 == sw2 && r.sw3 == sw3 && Arrays.equals(r.data, data);
        }

        @Override
        public int hashCode() {
            return 31 * (sw1 * 961 + sw2 * 31 + sw3) + Arrays.hashCode(data);
        }

        @Override
        public String toString() { // never the data: it holds the card's text
            return String.format("Reply[%02X %02X %02X, %d bytes]", sw1, sw2, sw3, data.length);
        }
    }

    private SamFrame() {
    }

    /** The frame asking the reader to do {@code c}, e.g. FIND: AA AA AA 96 69 00 03 20 01 22. */
    public static byte[] command(Command c) {
        return frame(new byte[] {(byte) c.cmd(), (byte) c.para()});
    }

    /** A reply frame as a reader sends it (the simulator's side). */
    public static byte[] reply(int sw1, int sw2, int sw3, byte[] data) {
        byte[] body = new byte[3 + data.length];
        body[0] = (byte) sw1;
        body[1] = (byte) sw2;
        body[2] = (byte) sw3;
        System.arraycopy(data, 0, body, 3, data.length);
        return frame(body);
    }

    private static byte[] frame(byte[] body) {
        int len = body.length + 1;
        byte[] f = new byte[HEADER + len];
        System.arraycopy(PREAMBLE, 0, f, 0, PREAMBLE.length);
        f[5] = (byte) (len >> 8);
        f[6] = (byte) len;
        System.arraycopy(body, 0, f, HEADER, body.length);
        f[f.length - 1] = check(f, PREAMBLE.length, f.length - 1);
        return f;
    }

    /** XOR of {@code f[from..to)}. */
    static byte check(byte[] f, int from, int to) {
        byte x = 0;
        for (int i = from; i < to; i++) {
            x ^= f[i];
        }
        return x;
    }

    /** The length a frame starting with {@code header} (preamble and LEN) says it has in all. */
    static int totalLength(byte[] header) throws IdCardException {
        int len = ((header[5] & 0xFF) << 8) | (header[6] & 0xFF);
        if (len < MIN_LENGTH || len > MAX_LENGTH) {
            throw new IdCardException(IdCardFault.GARBAGE, "a reply length of " + len + " bytes");
        }
        return HEADER + len;
    }

    /** One whole reply frame decoded and checked. */
    public static Reply decodeReply(byte[] f) throws IdCardException {
        for (int i = 0; i < Math.min(f.length, PREAMBLE.length); i++) {
            if (f[i] != PREAMBLE[i]) {
                throw new IdCardException(IdCardFault.GARBAGE, "no SAM preamble");
            }
        }
        if (f.length < HEADER) {
            throw new IdCardException(IdCardFault.SHORT_FRAME, f.length + " bytes, no length yet");
        }
        int total = totalLength(f);
        if (f.length < total) {
            throw new IdCardException(IdCardFault.SHORT_FRAME, f.length + " of " + total + " bytes");
        }
        if (f.length > total) {
            throw new IdCardException(IdCardFault.GARBAGE, (f.length - total) + " bytes after the frame");
        }
        byte expected = check(f, PREAMBLE.length, total - 1);
        if (expected != f[total - 1]) {
            throw new IdCardException(IdCardFault.BAD_CHECK, String.format("check byte %02X, the bytes make %02X",
                    f[total - 1] & 0xFF, expected & 0xFF));
        }
        return new Reply(f[HEADER] & 0xFF, f[HEADER + 1] & 0xFF, f[HEADER + 2] & 0xFF,
                Arrays.copyOfRange(f, HEADER + 3, total - 1));
    }

    /** The command in a frame sent to a reader (the simulator's side); GARBAGE when it is none. */
    static Command decodeCommand(byte[] f) throws IdCardException {
        if (f.length < HEADER + 3 || !Arrays.equals(Arrays.copyOf(f, PREAMBLE.length), PREAMBLE)) {
            throw new IdCardException(IdCardFault.GARBAGE, "no command frame");
        }
        int len = ((f[5] & 0xFF) << 8) | (f[6] & 0xFF);
        if (f.length != HEADER + len || len < 3) {
            throw new IdCardException(IdCardFault.SHORT_FRAME, "command of " + f.length + " bytes, length " + len);
        }
        if (check(f, PREAMBLE.length, f.length - 1) != f[f.length - 1]) {
            throw new IdCardException(IdCardFault.BAD_CHECK, "command check byte");
        }
        return new Command(f[HEADER] & 0xFF, f[HEADER + 1] & 0xFF);
    }
}
