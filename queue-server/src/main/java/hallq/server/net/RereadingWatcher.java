package hallq.server.net;

import hallq.protocol.hall.Role;
import hallq.server.engine.EncodedEvent;
import hallq.server.engine.HallEngine;
import hallq.server.queue.HallQueue;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hall listener that, after a batch with events, reads what it needs from the hall in one query and acts on the
 * answer: one query at a time, events meanwhile make one more read once it is answered, a failed read is tried again a
 * second later. The texts to citizens (tickets' and cases') are this with their own read and act. All on the
 * listener's own event loop; {@code dirty} and {@code asking} are that loop's alone.
 */
abstract class RereadingWatcher<T> extends HallWatcher {
    private static final Logger log = LoggerFactory.getLogger(RereadingWatcher.class);

    private final Function<HallQueue, T> read;
    private boolean dirty;
    private boolean asking;

    RereadingWatcher(HallEngine engine, EventExecutor loop, String id, Function<HallQueue, T> read) {
        super(engine, loop, id);
        this.read = read;
    }

    RereadingWatcher(HallEngine engine, EventExecutor loop, String id, Role role, Set<String> kinds,
                     Function<HallQueue, T> read) {
        super(engine, loop, id, role, kinds);
        this.read = read;
    }

    /** What to do with the hall's answer, on the listener's loop. */
    abstract void act(T answer);

    @Override
    public final void deliver(List<Object> outgoing) {
        for (Object o : outgoing) {
            if (o instanceof EncodedEvent) {
                dirty = true;
            }
        }
        look();
    }

    private void look() {
        if (asking || !dirty || !open()) {
            return;
        }
        dirty = false;
        asking = true;
        try {
            engine.query(read).whenCompleteAsync((answer, failure) -> {
                asking = false;
                if (failure != null) {
                    again(failure);
                    return;
                }
                act(answer);
                look();
            }, loop);
        } catch (RuntimeException e) {
            asking = false;
            again(e);
        }
    }

    private void again(Throwable why) {
        dirty = true;
        log.debug("{}: the hall could not be read ({}); again in a second", device().id(), why.toString());
        if (open()) {
            loop.schedule(this::look, 1, TimeUnit.SECONDS);
        }
    }
}
