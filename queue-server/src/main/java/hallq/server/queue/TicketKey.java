package hallq.server.queue;

import java.security.MessageDigest;
import java.security.SecureRandom;
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

    public static String fresh() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether {@code given} is the ticket's key, in constant time; a ticket without one (issued before) has none. */
    public static boolean matches(String key, String given) {
        return key != null && given != null
                && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
