package hallq.pad.clerk;

import hallq.protocol.ClerkRef;
import hallq.protocol.CounterView;
import hallq.protocol.TicketView;
import hallq.protocol.WindowFacts;

/**
 * What an accepted operation did to this window, read from its reply. The server sends the window's
 * {@code counter} event right after the reply; applying the reply first keeps the buttons from flickering
 * back to the old state in between. The event then replaces this picture with the server's own. The pad has
 * no rule of its own here: the facts and the state they give come from the hall's one window rule
 * ({@link WindowFacts#after}); the reply only adds what it names (the ticket, the clerk, the pause reason).
 */
final class ReplyTransitions {
    private ReplyTransitions() {
    }

    /**
     * @param ticket      the reply's ticket, or null
     * @param clerk       a login's clerk, or null
     * @param pauseReason the reason a pause was sent with, or null
     * @param clerksLogIn whether this hall's windows need a clerk logged in
     */
    static CounterView after(PadAction action, CounterView c, TicketView ticket, ClerkRef clerk, String pauseReason,
                             boolean clerksLogIn) {
        if (c == null) {
            return null;
        }
        WindowFacts before = WindowFacts.of(c, clerksLogIn);
        WindowFacts facts = action == PadAction.LOGIN ? before.afterLogin()
                : before.after(action.windowOp(), ticket == null ? null : ticket.state());
        return new CounterView(c.id(), c.name(), c.nameEn(), facts.state(), held(action, c, ticket, facts),
                action == PadAction.LOGIN ? clerk : facts.clerkLoggedIn() ? c.clerk() : null,
                action == PadAction.PAUSE ? pauseReason : facts.paused() ? c.pauseReason() : null,
                c.servedToday(), c.avgServiceSec());
    }

    /**
     * The ticket the window holds now: a call's, recall's or start's reply names it; other replies name the one
     * that left (finish, no-show, transfer) or another one (requeue).
     */
    private static TicketView held(PadAction action, CounterView c, TicketView replied, WindowFacts facts) {
        if (facts.ticket() == null) {
            return null;
        }
        return switch (action) {
            case CALL_NEXT, RECALL, START -> replied != null ? replied : c.ticket();
            default -> c.ticket();
        };
    }
}
