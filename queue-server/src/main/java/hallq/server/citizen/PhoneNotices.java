package hallq.server.citizen;

import hallq.protocol.TicketView;
import hallq.protocol.hall.HallConfig;
import hallq.server.notify.TextMarks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which texts are due after a batch (issue 17): for each of today's tickets with a phone, {@link AheadNotice} over
 * what its phone was sent already. Plain Java, one instance per hall, on one thread; a ticket no longer listed (over,
 * or the day reset) is forgotten.
 */
public final class PhoneNotices {
    /** A text for a phone, and its mark (sent once: phone2, issue 17). */
    public record Outgoing(String phone, String text, TextMarks.Mark mark) {
    }

    private final HallConfig hall;
    private final Map<String, AheadNotice.Sent> sent = new HashMap<>();

    public PhoneNotices(HallConfig hall) {
        this.hall = hall;
    }

    /** The texts due now for {@code tickets} (each with its phone), remembered as sent. */
    public List<Outgoing> due(List<Map.Entry<TicketView, String>> tickets) {
        List<Outgoing> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<TicketView, String> e : tickets) {
            TicketView v = e.getKey();
            String id = v.day() + "/" + v.number();
            seen.add(id);
            AheadNotice.Sent before = sent.getOrDefault(id, AheadNotice.Sent.NOTHING);
            AheadNotice.due(TicketStatus.of(v, hall), before, hall.policy().notifyAhead()).ifPresent(t -> {
                sent.put(id, t.after());
                out.add(new Outgoing(e.getValue(), t.text(), new TextMarks.Mark(LocalDate.parse(v.day()),
                        t.after().called() ? TextMarks.Kind.CALLED : TextMarks.Kind.AHEAD, v.number())));
            });
        }
        sent.keySet().retainAll(seen);
        return out;
    }
}
