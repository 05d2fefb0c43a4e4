package hallq.server.net;

import hallq.protocol.hall.Role;
import hallq.server.cases.CaseNotices;
import hallq.server.engine.HallEngine;
import hallq.server.notify.SmsSender;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.Set;

/**
 * The shell of the 办结/退件 texts (cases2, issue 18): listens to the hall like a back office of every zone (it hears
 * the {@code case} events); after a batch with events, reads the ready and returned cases with phones in one query,
 * asks {@link CaseNotices} what is due and hands it to the {@link SmsSender}. On an event loop of its own.
 */
final class CaseTexts extends RereadingWatcher<List<hallq.server.cases.CaseRecord>> {
    private final SmsSender sender;
    private final CaseNotices notices;

    CaseTexts(HallEngine engine, EventExecutor loop, SmsSender sender) {
        super(engine, loop, "case-texts", Role.BACKOFFICE, Set.of(hallq.protocol.event.EventKind.CASE.wire()),
                q -> q.casesWithPhones());
        this.sender = sender;
        this.notices = new CaseNotices(engine.hall().hall().name(),
                new hallq.protocol.matters.MatterCatalogue(engine.hall().matters()));
    }

    @Override
    void act(List<hallq.server.cases.CaseRecord> cases) {
        for (CaseNotices.Outgoing m : notices.due(cases)) {
            sender.offer(m.phone(), m.text());
        }
    }
}
