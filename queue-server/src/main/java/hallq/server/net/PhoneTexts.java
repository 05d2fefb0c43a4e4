package hallq.server.net;

import hallq.protocol.hall.Device;
import hallq.protocol.hall.Role;
import hallq.server.citizen.PhoneNotices;
import hallq.server.engine.Client;
import hallq.server.engine.Command;
import hallq.server.engine.EncodedEvent;
import hallq.server.engine.HallEngine;
import hallq.server.queue.HallEvent;
import hallq.server.notify.SmsSender;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shell of the "N people ahead of you" texts (issue 17): listens to the hall like a display; after a batch with
 * events, reads today's tickets with phones in one query, asks {@link PhoneNotices} what is due and hands it to the
 * {@link SmsSender}. All on one event loop of its own, never the hall thread; sending is the sender's thread.
 */
final class PhoneTexts implements Client {
    private static final Logger log = LoggerFactory.getLogger(PhoneTexts.class);
    private static final Device TEXTS = new Device("phone-texts", Role.DISPLAY, null, null, List.of());

    private final HallEngine engine;
    private final EventExecutor loop;
    private final SmsSender sender;
    // the loop's alone
    private final PhoneNotices notices;
    private boolean dirty;
    private boolean asking;
    private volatile boolean open = true;

    PhoneTexts(HallEngine engine, EventExecutor loop, SmsSender sender) {
        this.engine = engine;
        this.loop = loop;
        this.sender = sender;
        this.notices = new PhoneNotices(engine.hall());
    }

    void subscribe() {
        if (!open) {
            return;
        }
        try {
            engine.submit(new Command.Hello(this, TEXTS, null,
                    Set.of(HallEvent.QUEUE, HallEvent.CALLED, HallEvent.TICKET), 0));
        } catch (RuntimeException e) {
            log.warn("phone texts cannot listen to the hall yet ({}); trying again", e.toString());
            loop.schedule(this::subscribe, 1, TimeUnit.SECONDS);
        }
    }

    void close() {
        open = false;
    }

    @Override
    public Device device() {
        return TEXTS;
    }

    @Override
    public boolean open() {
        return open;
    }

    @Override
    public Executor writer() {
        return loop;
    }

    @Override
    public void deliver(List<Object> outgoing) {
        for (Object o : outgoing) {
            if (o instanceof EncodedEvent) {
                dirty = true;
            }
        }
        look();
    }

    /** One query at a time; events meanwhile make one more look once it is answered. */
    private void look() {
        if (asking || !dirty || !open) {
            return;
        }
        dirty = false;
        asking = true;
        try {
            engine.query(q -> q.ticketsWithPhones()).whenCompleteAsync((tickets, failure) -> {
                asking = false;
                if (failure != null) {
                    again(failure);
                    return;
                }
                for (PhoneNotices.Outgoing m : notices.due(tickets)) {
                    sender.offer(m.phone(), m.text());
                }
                look();
            }, loop);
        } catch (RuntimeException e) {
            asking = false;
            again(e);
        }
    }

    private void again(Throwable why) {
        dirty = true;
        log.debug("phone texts: the hall could not be read ({}); again in a second", why.toString());
        if (open) {
            loop.schedule(this::look, 1, TimeUnit.SECONDS);
        }
    }
}
