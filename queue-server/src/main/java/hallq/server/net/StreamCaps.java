package hallq.server.net;

import java.util.HashMap;
import java.util.Map;

/**
 * How many of the ticket pages' live streams are open, per citizen's address and in all (contract section 7: a
 * citizen's phone is a budgeted client like any other). A place is taken before the stream's ticket is even looked
 * up, and given back when its connection closes. Any thread.
 */
final class StreamCaps {
    private final int perAddress;
    private final int total;
    private final Map<String, Integer> open = new HashMap<>();
    private int all;

    StreamCaps(int perAddress, int total) {
        this.perAddress = perAddress;
        this.total = total;
    }

    /** Takes a place for a stream from {@code address}; false (and nothing taken) when either cap is reached. */
    synchronized boolean take(String address) {
        int mine = open.getOrDefault(address, 0);
        if (mine >= perAddress || all >= total) {
            return false;
        }
        open.put(address, mine + 1);
        all++;
        return true;
    }

    /** Gives back a place {@link #take} gave. */
    synchronized void giveBack(String address) {
        Integer mine = open.get(address);
        if (mine == null) {
            return;
        }
        if (mine <= 1) {
            open.remove(address);
        } else {
            open.put(address, mine - 1);
        }
        all--;
    }

    /** Streams open now in all. */
    synchronized int open() {
        return all;
    }
}
