package hallq.server.queue;

import hallq.protocol.CounterState;
import hallq.protocol.TicketState;
import hallq.protocol.hall.Counter;
import java.time.Instant;

/** The live state of one window: who is logged in, which ticket it holds, whether it is paused. */
final class CounterDesk {
    final Counter counter;
    String clerk;
    Ticket ticket;
    String pauseReason;
    Instant pausedSince;
    int servedToday;
    long serviceSecToday;

    CounterDesk(Counter counter) {
        this.counter = counter;
    }

    /** The state is derived, never stored beside the facts it follows from. */
    CounterState state(boolean clerksRequired) {
        if (clerksRequired && clerk == null) {
            return CounterState.CLOSED;
        }
        if (ticket != null) {
            return ticket.state == TicketState.SERVING ? CounterState.SERVING : CounterState.CALLED;
        }
        return pausedSince != null ? CounterState.PAUSED : CounterState.IDLE;
    }

    DeskRecord record() {
        return new DeskRecord(counter.id(), clerk,
                ticket == null ? null : ticket.day, ticket == null ? null : ticket.number,
                pauseReason, pausedSince);
    }
}
