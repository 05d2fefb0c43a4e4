package hallq.pad.clerk;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.ClerkRef;
import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.Json;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import hallq.protocol.WindowFacts;

/**
 * What an accepted operation did to this window, read from its reply. The server sends the window's
 * {@code counter} event right after the reply; applying the reply first keeps the buttons from flickering
 * back to the old state in between. The event then replaces this guess with the server's own view. Only the
 * facts are guessed (clerk, pause, ticket held); the state follows from them by the hall's one window rule.
 */
final class ReplyTransitions {
    private ReplyTransitions() {
    }

    /** @param clerksLogIn whether this hall's windows need a clerk logged in */
    static CounterView after(PadAction action, CounterView c, JsonNode reply, String pauseReason,
                             boolean clerksLogIn) {
        if (c == null) {
            return null;
        }
        TicketView t = ticket(reply);
        boolean loggedIn = c.state() != CounterState.CLOSED; // a window that is not closed has its clerk
        return switch (action) {
            case LOGIN -> with(c, new WindowFacts(clerksLogIn, true, false, held(c.ticket())), c.ticket(),
                    clerk(reply), null);
            case LOGOUT -> with(c, new WindowFacts(clerksLogIn, false, false, null), null, null, null);
            case CALL_NEXT, RECALL, START -> t == null ? c
                    : with(c, new WindowFacts(clerksLogIn, loggedIn, false, held(t)), t, c.clerk(), null);
            case FINISH, NO_SHOW, TRANSFER, RESUME ->
                    with(c, new WindowFacts(clerksLogIn, loggedIn, false, null), null, c.clerk(), null);
            case PAUSE -> with(c, new WindowFacts(clerksLogIn, loggedIn, true, null), null, c.clerk(), pauseReason);
            case REQUEUE -> c;
        };
    }

    private static TicketState held(TicketView t) {
        return t == null ? null : t.state();
    }

    static TicketView ticket(JsonNode reply) {
        JsonNode t = reply.get("ticket");
        if (t == null || t.isNull()) {
            return null;
        }
        try {
            return Json.mapper().treeToValue(t, TicketView.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("unreadable ticket in a reply: " + e.getMessage(), e);
        }
    }

    private static ClerkRef clerk(JsonNode reply) {
        JsonNode c = reply.path("clerk");
        return c.isObject() ? new ClerkRef(c.path("id").asText(), c.path("name").asText()) : null;
    }

    /** The window after the op: its state from the facts, by the window rule. */
    private static CounterView with(CounterView c, WindowFacts facts, TicketView t, ClerkRef clerk, String reason) {
        return new CounterView(c.id(), c.name(), c.nameEn(), facts.state(), t, clerk, reason, c.servedToday(),
                c.avgServiceSec());
    }
}
