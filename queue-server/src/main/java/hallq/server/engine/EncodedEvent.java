package hallq.server.engine;

import hallq.server.queue.HallEvent;

/**
 * An event serialised once and shared by every client that receives it: its JSON, and the whole unmasked
 * WebSocket text frame around it (RFC 6455 section 5.2), so that sending it to five hundred screens costs five
 * hundred writes of the same bytes, not five hundred encodings.
 */
public record EncodedEvent(HallEvent event, byte[] utf8, byte[] frame) {

    public static EncodedEvent of(HallEvent event, byte[] utf8) {
        return new EncodedEvent(event, utf8, textFrame(utf8));
    }

    static byte[] textFrame(byte[] payload) {
        int n = payload.length;
        int header = n < 126 ? 2 : n <= 0xFFFF ? 4 : 10;
        byte[] frame = new byte[header + n];
        frame[0] = (byte) 0x81; // FIN, text
        if (n < 126) {
            frame[1] = (byte) n;
        } else if (n <= 0xFFFF) {
            frame[1] = 126;
            frame[2] = (byte) (n >>> 8);
            frame[3] = (byte) n;
        } else {
            frame[1] = 127;
            for (int i = 0; i < 8; i++) {
                frame[2 + i] = (byte) ((long) n >>> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, frame, header, n);
        return frame;
    }
}
