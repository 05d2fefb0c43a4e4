package hallq.server.net;

import hallq.server.citizen.PhoneNotices;
import hallq.server.engine.HallEngine;
import hallq.server.notify.SmsSender;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;

/**
 * The shell of the "N people ahead of you" texts (issue 17): listens to the hall like a display; after a batch with
 * events, reads today's tickets with phones in one query, asks {@link PhoneNotices} what is due and hands it to the
 * {@link SmsSender}. All on one event loop of its own, never the hall thread; sending is the sender's thread.
 */
final class PhoneTexts extends RereadingWatcher<List<java.util.Map.Entry<hallq.protocol.TicketView, String>>> {
    private final SmsSender sender;
    private final PhoneNotices notices;

    PhoneTexts(HallEngine engine, EventExecutor loop, SmsSender sender) {
        super(engine, loop, "phone-texts", q -> q.ticketsWithPhones());
        this.sender = sender;
        this.notices = new PhoneNotices(engine.hall());
    }

    @Override
    void act(List<java.util.Map.Entry<hallq.protocol.TicketView, String>> tickets) {
        for (PhoneNotices.Outgoing m : notices.due(tickets)) {
            sender.offer(m.phone(), m.text(), m.mark());
        }
    }
}
