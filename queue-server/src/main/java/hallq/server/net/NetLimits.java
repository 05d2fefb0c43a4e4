package hallq.server.net;

import io.netty.util.internal.PlatformDependent;

/**
 * What the network side spends and waits for (protocol section 7): the numbers are written here once.
 *
 * @param clientUnsentBytes     a client's bytes queued but not yet taken by its socket: reading it stops at half of
 *                              this (and events for it are no longer queued: it is dropped), any write that would
 *                              take it past this drops it
 * @param totalUnsentBytes      the same for all clients together; past it the client with the most unsent is dropped
 * @param noProgressMillis      a client that cannot be written to and takes nothing for this long is dropped
 * @param helloMillis           a WebSocket that has not said hello this long after its upgrade is closed
 * @param idleMillis            a connection that sends nothing (no frame, no pong, no request) this long is closed;
 *                              a WebSocket is pinged at half of it, so a live client's pong keeps it
 * @param connectionsPerAddress connections open at once from one remote address; more are closed on accept
 * @param streamsPerAddress     the ticket pages' live streams (contract section 8) open at once from one citizen's
 *                              address (behind the hall's reverse proxy: the address it forwards, see
 *                              {@code hall.proxies}); one more is refused 429
 * @param streams               the ticket pages' live streams open at once in all; one more is refused 429
 */
public record NetLimits(int clientUnsentBytes, long totalUnsentBytes, long noProgressMillis, long helloMillis,
                        long idleMillis, int connectionsPerAddress, int streamsPerAddress, int streams) {
    public static final int CLIENT_UNSENT_BYTES = 256 * 1024;
    /** A quarter of direct memory at most (the pooled buffers of everything else need the rest), 64 MiB at most. */
    public static final long TOTAL_UNSENT_BYTES = Math.min(64L << 20, PlatformDependent.maxDirectMemory() / 4);
    public static final long NO_PROGRESS_MILLIS = 5_000;
    public static final long HELLO_MILLIS = 10_000;
    public static final long IDLE_MILLIS = 60_000;
    public static final int CONNECTIONS_PER_ADDRESS = 200;
    /** A family's phones behind one home router or a 4G carrier's NAT; a page reconnecting counts while the old goes. */
    public static final int STREAMS_PER_ADDRESS = 16;
    /** A busy hall's day of waiting citizens with the page open, with room to spare (a few KB each). */
    public static final int STREAMS = 2_000;

    public NetLimits {
        if (clientUnsentBytes < 1024 || totalUnsentBytes < clientUnsentBytes || noProgressMillis <= 0
                || helloMillis <= 0 || idleMillis <= 1 || connectionsPerAddress < 1 || streamsPerAddress < 1
                || streams < streamsPerAddress) {
            throw new IllegalArgumentException("net limits out of range: client " + clientUnsentBytes + " B, total "
                    + totalUnsentBytes + " B, no progress " + noProgressMillis + " ms, hello " + helloMillis
                    + " ms, idle " + idleMillis + " ms, per address " + connectionsPerAddress + ", streams "
                    + streamsPerAddress + " per address, " + streams + " in all");
        }
    }

    public static NetLimits defaults() {
        return new NetLimits(CLIENT_UNSENT_BYTES, TOTAL_UNSENT_BYTES, NO_PROGRESS_MILLIS, HELLO_MILLIS, IDLE_MILLIS,
                CONNECTIONS_PER_ADDRESS, STREAMS_PER_ADDRESS, STREAMS);
    }

    public NetLimits withClientUnsentBytes(int bytes) {
        return new NetLimits(bytes, Math.max(bytes, totalUnsentBytes), noProgressMillis, helloMillis, idleMillis,
                connectionsPerAddress, streamsPerAddress, streams);
    }

    public NetLimits withTotalUnsentBytes(long bytes) {
        return new NetLimits(clientUnsentBytes, bytes, noProgressMillis, helloMillis, idleMillis,
                connectionsPerAddress, streamsPerAddress, streams);
    }

    public NetLimits withNoProgressMillis(long ms) {
        return new NetLimits(clientUnsentBytes, totalUnsentBytes, ms, helloMillis, idleMillis,
                connectionsPerAddress, streamsPerAddress, streams);
    }

    public NetLimits withHelloMillis(long ms) {
        return new NetLimits(clientUnsentBytes, totalUnsentBytes, noProgressMillis, ms, idleMillis,
                connectionsPerAddress, streamsPerAddress, streams);
    }

    public NetLimits withIdleMillis(long ms) {
        return new NetLimits(clientUnsentBytes, totalUnsentBytes, noProgressMillis, helloMillis, ms,
                connectionsPerAddress, streamsPerAddress, streams);
    }

    public NetLimits withConnectionsPerAddress(int n) {
        return new NetLimits(clientUnsentBytes, totalUnsentBytes, noProgressMillis, helloMillis, idleMillis, n,
                streamsPerAddress, streams);
    }

    // phone: the ticket pages' streams
    public NetLimits withStreams(int perAddress, int total) {
        return new NetLimits(clientUnsentBytes, totalUnsentBytes, noProgressMillis, helloMillis, idleMillis,
                connectionsPerAddress, perAddress, total);
    }
}
