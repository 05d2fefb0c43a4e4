package hallq.server.queue;

import hallq.protocol.CounterState;
import hallq.protocol.WindowFacts;
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

    /** The state is derived by the hall's one window rule, never stored beside the facts it follows from. */
    CounterState state(boolean clerksRequired) {
        return new WindowFacts(clerksRequired, clerk != null, pausedSince != null,
                ticket == null ? null : ticket.state).state();
    }

    DeskRecord record() {
        return new DeskRecord(counter.id(), clerk,
                ticket == null ? null : ticket.day, ticket == null ? null : ticket.number,
                pauseReason, pausedSince);
    }
}
