package hallq.pad.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hallq.protocol.client.HallClient;
import java.util.concurrent.CompletableFuture;

/**
 * The pad's line to the queue server. In the app it is a {@link HallClient}; model tests put a scripted
 * server behind the same interface.
 */
public interface ServerLink extends AutoCloseable {

    /**
     * Starts connecting. The listener hears every hello reply, then events, and losses of the link, from one
     * thread and in the order the server sent them; reply futures complete on that same thread.
     */
    void open(HallClient.Listener listener);

    /** Sends an operation; an unanswered one is sent again with the same id after a reconnect. */
    CompletableFuture<JsonNode> request(String op, ObjectNode args);

    @Override
    void close();
}
