package hallq.pad.link;

import hallq.protocol.client.ServerAddress;
import hallq.protocol.event.EventKind;
import hallq.terminal.link.HallClientLink;
import java.net.URI;

/**
 * The pad's link to its hall: the terminals' {@link HallClientLink}, asking for what the pad follows (its own
 * counter, its zones' queues, no-show tickets; calls it does not need). Listener calls come on the client's
 * thread: the model hands them to its own thread itself.
 */
public final class PadLink {
    private static final EventKind[] EVENTS = {EventKind.COUNTER, EventKind.QUEUE, EventKind.TICKET};

    private PadLink() {
    }

    /** @param server a fixed address or the hall to find by mDNS */
    public static HallClientLink to(ServerAddress server, String device, String token) {
        return new HallClientLink(server, device, token, Runnable::run, EVENTS);
    }

    public static HallClientLink to(URI server, String device, String token) {
        return to(ServerAddress.fixed(server), device, token);
    }
}
