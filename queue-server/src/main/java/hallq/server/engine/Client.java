package hallq.server.engine;

import hallq.protocol.hall.Device;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A connected terminal as the engine sees it. The engine hands it, once per batch and only after the batch
 * is on disk, its replies and the events it may see, in order; the network side writes them.
 */
public interface Client {
    /** The device after a successful hello, else null. */
    Device device();

    /**
     * Whether its connection is still open. Once false it stays false, and the client's {@code Leave} has been
     * submitted already, so a hello answered after that must not subscribe it.
     */
    boolean open();

    /** The thread this client's writes must run on: clients sharing one get one task per batch between them. */
    Executor writer();

    /** On {@link #writer()}: writes these in order, each a reply (String) or an {@link EncodedEvent}. */
    void deliver(List<Object> outgoing);
}
