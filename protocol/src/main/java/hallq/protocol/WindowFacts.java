package hallq.protocol;

/**
 * What a window's state follows from: whether the hall has clerks log in and one has, whether it is paused,
 * and the state of the ticket it holds (null for none). The server derives each counter's state from its
 * facts with {@link #state()}, never storing it beside them; a counter pad predicts the state an accepted
 * operation leads to the same way, from the facts the reply tells.
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
}
