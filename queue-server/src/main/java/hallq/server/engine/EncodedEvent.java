package hallq.server.engine;

import hallq.server.queue.HallEvent;

/** An event serialised once, shared by every client that receives it. */
public record EncodedEvent(HallEvent event, byte[] utf8) {
}
