package hallq.server.net;

import hallq.protocol.hall.Device;
import hallq.protocol.hall.Role;
import hallq.server.engine.Client;
import hallq.server.engine.Command;
import hallq.server.engine.HallEngine;
import hallq.server.queue.HallEvent;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A listener to the hall inside the server (the ticket pages' hub, the phone texts): subscribed like a display of
 * every zone to the events that can change a ticket's status, without a network connection or a token, and fed each
 * batch's events on an event loop of its own ({@link #writer()}), never the hall thread.
 */
abstract class HallWatcher implements Client {
    private static final Logger log = LoggerFactory.getLogger(HallWatcher.class);

    final HallEngine engine;
    final EventExecutor loop;
    private final Device device;
    private final Set<String> kinds;
    private volatile boolean open = true;

    /** {@code id}: the device name the hall knows this listener by. */
    HallWatcher(HallEngine engine, EventExecutor loop, String id) {
        this(engine, loop, id, Role.DISPLAY, Set.of(HallEvent.QUEUE, HallEvent.CALLED, HallEvent.TICKET));
    }

    /** Cases2 (issue 18): a listener in another role, to other kinds (the case texts: a back office, {@code case}). */
    HallWatcher(HallEngine engine, EventExecutor loop, String id, Role role, Set<String> kinds) {
        this.engine = engine;
        this.loop = loop;
        this.device = new Device(id, role, null, null, role == Role.DISPLAY ? List.of() : null);
        this.kinds = kinds;
    }

    /** Starts listening; a hall that cannot take the hello yet is asked again a second later. */
    final void subscribe() {
        if (!open) {
            return;
        }
        try {
            engine.submit(new Command.Hello(this, device, null, kinds, 0));
        } catch (RuntimeException e) {
            log.warn("{} cannot listen to the hall yet ({}); trying again", device.id(), e.toString());
            loop.schedule(this::subscribe, 1, TimeUnit.SECONDS);
        }
    }

    void close() {
        open = false;
    }

    @Override
    public final Device device() {
        return device;
    }

    @Override
    public final boolean open() {
        return open;
    }

    @Override
    public final Executor writer() {
        return loop;
    }
}
