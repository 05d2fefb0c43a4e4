package hallq.server.queue;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A ticket's {@code key} (contract section 8): 22 URL-safe random characters (128 bits), printed in the ticket's QR
 * link and never in events, snapshots or the public status, so that only the holder of the paper reads the whole
 * ticket (its outcome, window, rating).
 */
public final class TicketKey {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TicketKey() {
    }

    /**
     * A fresh key's 128 bits, as two longs: a live hall holds every ticket of the day, and two longs in the ticket
     * are 16 bytes where the key's text would be a string of some 64 ({@link #text} makes it when it is asked for).
     * Both zero is no key.
     */
    public static long[] fresh() {
        long[] k;
        do {
            k = new long[] {RANDOM.nextLong(), RANDOM.nextLong()};
        } while (k[0] == 0 && k[1] == 0);
        return k;
    }

    /** The key's 22 URL-safe characters; null for no key (both zero). */
    public static String text(long high, long low) {
        if (high == 0 && low == 0) {
            return null;
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(16).putLong(high)
                .putLong(low).array());
    }

    /** The key of this text as two longs, both zero for none (a ticket issued before keys) or a text of no key. */
    public static long[] bits(String text) {
        if (text != null && text.length() == 22) {
            try {
                ByteBuffer b = ByteBuffer.wrap(Base64.getUrlDecoder().decode(text));
                return new long[] {b.getLong(), b.getLong()};
            } catch (IllegalArgumentException e) {
                // not a key's text: no key
            }
        }
        return new long[2];
    }

    /** Whether {@code given} is the key whose text is {@code key}, in constant time; a ticket without one has none. */
    public static boolean matches(String key, String given) {
        return key != null && given != null
                && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
