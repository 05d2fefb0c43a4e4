package hallq.protocol.client;

import java.net.URI;

/**
 * Where a terminal's queue server is: the address given on its command line, or, with none, the hall found by
 * mDNS (protocol section 6), optionally the one with a given hall id. Every terminal parses its {@code --server}
 * and {@code --hall} options with {@link #of}, and {@link HallClient} connects to either kind.
 *
 * @param fixed  the server's WebSocket ({@code ws://host:port/ws}); null: find it by mDNS
 * @param hallId the hall to look for when several answer; null: the first hall that answers
 */
public record ServerAddress(URI fixed, String hallId) {
    public static final int DEFAULT_PORT = 7700;

    public ServerAddress {
        if (fixed != null && hallId != null) {
            throw new IllegalArgumentException("--hall picks a hall found on the network: leave it out with --server");
        }
        if (hallId != null && !hallId.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("--hall wants a hall id ([a-z0-9-]+), not " + hallId);
        }
    }

    /**
     * From the command line: {@code server} is {@code HOST}, {@code HOST:PORT}, {@code ws://HOST:PORT/ws} or
     * {@code http://HOST:PORT} (port 7700 and path {@code /ws} when left out), or null to discover the server.
     *
     * @throws IllegalArgumentException with a message fit for the user when the address cannot be read
     */
    public static ServerAddress of(String server, String hallId) {
        if (server != null && hallId != null) {
            throw new IllegalArgumentException("--hall picks a hall found on the network: leave it out with --server");
        }
        return new ServerAddress(server == null ? null : webSocket(server), hallId);
    }

    /** Found by mDNS, the given hall or (null) any. */
    public static ServerAddress discover(String hallId) {
        return new ServerAddress(null, hallId);
    }

    public static ServerAddress fixed(URI server) {
        return new ServerAddress(server, null);
    }

    public boolean discovered() {
        return fixed == null;
    }

    /** The server's WebSocket address for an option value, see {@link #of}. */
    public static URI webSocket(String server) {
        String t = server.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("--server wants HOST:PORT, not an empty value");
        }
        if (t.startsWith("http://")) {
            t = "ws://" + t.substring(7);
        } else if (t.startsWith("https://")) {
            t = "wss://" + t.substring(8);
        } else if (!t.startsWith("ws://") && !t.startsWith("wss://")) {
            if (t.contains("://")) {
                throw new IllegalArgumentException("--server wants ws://, http:// or HOST:PORT, not " + server);
            }
            t = "ws://" + t;
        }
        URI u;
        try {
            u = URI.create(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--server " + server + " is not an address");
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("--server " + server + " names no host (HOST:PORT)");
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/")
                ? "/ws" : u.getRawPath();
        int port = u.getPort() < 0 ? DEFAULT_PORT : u.getPort();
        return URI.create(u.getScheme() + "://" + u.getHost() + ":" + port + path);
    }

    /** {@code http://host:port} of a WebSocket address: where the server's HTTP pages are. */
    public static String httpBase(URI webSocket) {
        String scheme = "wss".equals(webSocket.getScheme()) ? "https" : "http";
        return scheme + "://" + webSocket.getRawAuthority();
    }

    @Override
    public String toString() {
        return fixed != null ? fixed.toString() : "mDNS" + (hallId == null ? "" : " hall " + hallId);
    }
}
