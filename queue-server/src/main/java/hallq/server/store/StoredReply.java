package hallq.server.store;

import java.time.Instant;

/** The reply once sent to a device's request id, kept so that a retry gets it again. */
public record StoredReply(String device, String requestId, Instant at, String body) {
    /** FNV-1a over both strings: the key a kept reply is found by; a collision only costs a read that finds nothing. */
    public static long keyHash(String device, String requestId) {
        long h = 0xcbf29ce484222325L;
        for (String s : new String[] {device, "\u0000", requestId}) {
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        return h;
    }

    public long keyHash() {
        return keyHash(device, requestId);
    }
}
