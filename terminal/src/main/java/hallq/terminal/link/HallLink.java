package hallq.terminal.link;

import hallq.protocol.client.HallClient;
import hallq.protocol.message.Request;
import java.util.concurrent.CompletableFuture;

/**
 * A terminal's line to its queue server, as its model sees it: typed requests out, protocol's typed welcome and
 * events in. In the app it is a {@link HallClientLink}; a model's tests put a scripted hall behind it.
 */
public interface HallLink extends AutoCloseable {

    /** Starts connecting, and reconnecting for as long as the link is open; the listener hears it all. */
    void start(HallClient.HallListener listener);

    /**
     * Sends a request; the future completes with its reply, or fails with {@link hallq.protocol.message.Refused}
     * (the server's error), a timeout or an overflow (see {@link HallClient#call}). One made while the link is down
     * is sent after the next hello, with the same id, so that the server never acts on it twice.
     */
    <R> CompletableFuture<R> call(Request<R> request);

    /** {@code http://host:port} of the server now in use, or null when not known (yet). */
    default String serverBase() {
        return null;
    }

    @Override
    void close();
}
