package hallq.protocol;

/**
 * What a window's state follows from: whether the hall has clerks log in and one has, whether it is paused,
 * and the state of the ticket it holds (null for none). The server derives each counter's state from its
 * facts with {@link #state()}, never storing it beside them; a counter pad predicts the state an accepted
 * operation leads to the same way, from the facts the reply tells ({@link #of}, {@link #after}, {@link #afterLogin}).
 */
public record WindowFacts(boolean clerksLogIn, boolean clerkLoggedIn, boolean paused, TicketState ticket) {

    /**
     * {@code closed} without its clerk where clerks log in; else the held ticket decides ({@code serving} once
     * started, {@code called} before); with none, {@code paused} or {@code idle}. A held ticket comes before
     * the pause: a window cannot pause while it holds one, and serving the citizen in front matters more.
     */
    public CounterState state() {
        if (clerksLogIn && !clerkLoggedIn) {
            return CounterState.CLOSED;
        }
        if (ticket != null) {
            return ticket == TicketState.SERVING ? CounterState.SERVING : CounterState.CALLED;
        }
        return paused ? CounterState.PAUSED : CounterState.IDLE;
    }

    /**
     * The facts behind a window as the snapshot or a {@code counter} event shows it: {@link #state()} of them is
     * the view's state. Where clerks log in, closed is exactly the absence of one; a window paused is idle
     * otherwise (it cannot pause while it holds a ticket, and logging out ends the pause).
     */
    public static WindowFacts of(CounterView window, boolean clerksLogIn) {
        CounterState s = window.state();
        return new WindowFacts(clerksLogIn, s != CounterState.CLOSED, s == CounterState.PAUSED,
                window.ticket() == null ? null : window.ticket().state());
    }

    /**
     * The facts after the server accepted {@code op}, as the server's hall changes them: a call, a recall and a
     * start make the window hold the ticket of the reply ({@code replied}, its state; null when a call-next found
     * nobody waiting, which changes nothing); finish, no-show and transfer send the held ticket away; a requeue
     * puts another ticket back in its queue and leaves the window as it was; pause and resume set the pause;
     * a logout ends the clerk's session and any pause with it.
     */
    public WindowFacts after(WindowOp op, TicketState replied) {
        return switch (op) {
            case CALL_NEXT, RECALL, START -> replied == null ? this : withTicket(replied);
            case FINISH, NO_SHOW, TRANSFER -> withTicket(null);
            case REQUEUE -> this;
            case PAUSE -> new WindowFacts(clerksLogIn, clerkLoggedIn, true, ticket);
            case RESUME -> new WindowFacts(clerksLogIn, clerkLoggedIn, false, ticket);
            case LOGOUT -> new WindowFacts(clerksLogIn, false, false, ticket);
        };
    }

    /** The facts after an accepted {@code login}: the clerk is at the window; its ticket and pause stay. */
    public WindowFacts afterLogin() {
        return new WindowFacts(clerksLogIn, true, paused, ticket);
    }

    private WindowFacts withTicket(TicketState t) {
        return new WindowFacts(clerksLogIn, clerkLoggedIn, paused, t);
    }
}
