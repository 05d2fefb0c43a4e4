package hallq.protocol.event;

/**
 * What an event says (contract section 4's events and this project's additions), one record per kind. The server
 * makes them, every terminal and page reads them: a switch over this sealed type is the whole of a terminal's
 * event handling. {@link Unknown} stands for a kind a newer server sends that this code does not know yet.
 */
public sealed interface EventData permits Called, TicketChanged, QueueChanged, CounterChanged, DeviceReport,
        CaseChanged, // cases (issue 18)
        RatingItemChanged, // rating (issue 20)
        EventData.Unknown {

    EventKind kind();

    /** An event of a kind this side does not know: passed over, never a failure (servers may add kinds). */
    record Unknown(String wire) implements EventData {
        @Override
        public EventKind kind() {
            return null;
        }
    }
}
