package hallq.server.net;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * How often one remote address may do something a citizen may do without a token (book, contract section 9): at most
 * {@code perMinute} in a clock minute. The addresses remembered are bounded: past {@code maxAddresses} in one minute,
 * a new address is refused too (a flood from many addresses is a flood). Any network thread.
 */
final class AddressRate {
    private final Clock clock;
    private final int perMinute;
    private final int maxAddresses;
    private final Map<String, Integer> counts = new HashMap<>();
    private long minute = Long.MIN_VALUE;

    AddressRate(Clock clock, int perMinute, int maxAddresses) {
        this.clock = clock;
        this.perMinute = perMinute;
        this.maxAddresses = maxAddresses;
    }

    /** Counts one more from {@code address}; false when it has had its share this minute. */
    synchronized boolean tryAcquire(String address) {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            minute = now;
            counts.clear();
        }
        Integer had = counts.get(address);
        if (had == null && counts.size() >= maxAddresses) {
            return false;
        }
        int n = had == null ? 1 : had + 1;
        if (n > perMinute) {
            return false;
        }
        counts.put(address, n);
        return true;
    }
}
