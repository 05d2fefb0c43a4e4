package hallq.server.net;

import hallq.protocol.hall.Role;
import hallq.server.cases.CaseNotices;
import hallq.server.engine.EncodedEvent;
import hallq.server.engine.HallEngine;
import hallq.server.notify.SmsSender;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shell of the 办结/退件 texts (cases2, issue 18): listens to the hall like a back office of every zone (it hears
 * the {@code case} events); after a batch with events, reads the ready and returned cases with phones in one query,
 * asks {@link CaseNotices} what is due and hands it to the {@link SmsSender}. On an event loop of its own.
 */
final class CaseTexts extends HallWatcher {
    private static final Logger log = LoggerFactory.getLogger(CaseTexts.class);

    private final SmsSender sender;
    private final CaseNotices notices;
    private boolean dirty;
    private boolean asking;

    CaseTexts(HallEngine engine, EventExecutor loop, SmsSender sender) {
        super(engine, loop, "case-texts", Role.BACKOFFICE, Set.of(hallq.protocol.event.EventKind.CASE.wire()));
        this.sender = sender;
        this.notices = new CaseNotices(engine.hall().hall().name(),
                new hallq.protocol.matters.MatterCatalogue(engine.hall().matters()));
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

    private void look() {
        if (asking || !dirty || !open()) {
            return;
        }
        dirty = false;
        asking = true;
        try {
            engine.query(q -> q.casesWithPhones()).whenCompleteAsync((cases, failure) -> {
                asking = false;
                if (failure != null) {
                    again(failure);
                    return;
                }
                for (CaseNotices.Outgoing m : notices.due(cases)) {
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
        log.debug("case texts: the hall could not be read ({}); again in a second", why.toString());
        if (open()) {
            loop.schedule(this::look, 1, TimeUnit.SECONDS);
        }
    }
}
