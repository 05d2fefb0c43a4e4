package hallq.pad.clerk;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.ClerkRef;
import hallq.protocol.CounterState;
import hallq.protocol.CounterView;
import hallq.protocol.Json;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;

/**
 * What an accepted operation did to this window, read from its reply. The server sends the window's
 * {@code counter} event right after the reply; applying the reply first keeps the buttons from flickering
 * back to the old state in between. The event then replaces this guess with the server's own view.
 */
final class ReplyTransitions {
    private ReplyTransitions() {
    }

    static CounterView after(PadAction action, CounterView c, JsonNode reply, String pauseReason) {
        if (c == null) {
            return null;
        }
        TicketView t = ticket(reply);
        return switch (action) {
            case LOGIN -> with(c, stateFor(c.ticket()), c.ticket(), clerk(reply), null);
            case LOGOUT -> with(c, CounterState.CLOSED, null, null, null);
            case CALL_NEXT -> t == null ? c : with(c, CounterState.CALLED, t, c.clerk(), null);
            case RECALL -> t == null ? c : with(c, CounterState.CALLED, t, c.clerk(), null);
            case START -> t == null ? c : with(c, CounterState.SERVING, t, c.clerk(), null);
            case FINISH, NO_SHOW, TRANSFER -> with(c, CounterState.IDLE, null, c.clerk(), null);
            case PAUSE -> with(c, CounterState.PAUSED, null, c.clerk(), pauseReason);
            case RESUME -> with(c, CounterState.IDLE, null, c.clerk(), null);
            case REQUEUE -> c;
        };
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

    private static CounterState stateFor(TicketView t) {
        if (t == null) {
            return CounterState.IDLE;
        }
        return t.state() == TicketState.SERVING ? CounterState.SERVING : CounterState.CALLED;
    }

    private static CounterView with(CounterView c, CounterState state, TicketView t, ClerkRef clerk, String reason) {
        return new CounterView(c.id(), c.name(), c.nameEn(), state, t, clerk, reason, c.servedToday(),
                c.avgServiceSec());
    }
}
