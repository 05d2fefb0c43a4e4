package hallq.server.net;

import hallq.server.citizen.PhoneNotices;
import hallq.server.engine.EncodedEvent;
import hallq.server.engine.HallEngine;
import hallq.server.notify.SmsSender;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shell of the "N people ahead of you" texts (issue 17): listens to the hall like a display; after a batch with
 * events, reads today's tickets with phones in one query, asks {@link PhoneNotices} what is due and hands it to the
 * {@link SmsSender}. All on one event loop of its own, never the hall thread; sending is the sender's thread.
 */
final class PhoneTexts extends HallWatcher {
    private static final Logger log = LoggerFactory.getLogger(PhoneTexts.class);

    private final SmsSender sender;
    // the loop's alone
    private final PhoneNotices notices;
    private boolean dirty;
    private boolean asking;

    PhoneTexts(HallEngine engine, EventExecutor loop, SmsSender sender) {
        super(engine, loop, "phone-texts");
        this.sender = sender;
        this.notices = new PhoneNotices(engine.hall());
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
        if (asking || !dirty || !open()) {
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
                    sender.offer(m.phone(), m.text(), m.mark());
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
        if (open()) {
            loop.schedule(this::look, 1, TimeUnit.SECONDS);
        }
    }
}
