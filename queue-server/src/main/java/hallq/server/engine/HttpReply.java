package hallq.server.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where an operation that came over HTTP gets its reply, in the WebSocket reply shape. */
public interface HttpReply {
    void send(ObjectNode reply);
}
