package hallq.kiosk.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletableFuture;

/**
 * The kiosk's connection to its queue server, as the model sees it: the real one wraps
 * {@link hallq.protocol.client.HallClient}; tests drive a fake.
 */
public interface HallLink extends AutoCloseable {

    /** What the server says; every call arrives on the model's thread. */
    interface Listener {
        /** A hello succeeded: {@code hall}, {@code snapshot}, {@code seq} of protocol section 4. */
        void connected(JsonNode hello);

        /** A pushed event ({@code queue} for a kiosk). */
        void event(JsonNode event);

        void disconnected(String why);

        /** No server address was given: the hall is being looked for by mDNS (that hall id, or any when null). */
        default void searching(String hallId) {
        }
    }

    /** Starts connecting (and reconnecting, for as long as the link is open). */
    void start(Listener listener);

    /**
     * Sends an operation; the future completes with the server's reply, ok or error. A request made while the
     * link is down is sent after the next hello, with the same id, so the server never acts on it twice.
     */
    CompletableFuture<JsonNode> request(String op, ObjectNode args);

    /** {@code http://host:port} of the server now in use, or null when not known (yet). */
    default String serverBase() {
        return null;
    }

    @Override
    void close();
}
