package hallq.server.queue;

import hallq.protocol.Announce;
import hallq.protocol.CounterRef;
import hallq.protocol.CounterView;
import hallq.protocol.TicketView;

/** The data of each event kind, shaped as protocol section 4 lists it. */
public final class EventData {
    private EventData() {
    }

    public record Called(TicketView ticket, CounterRef counter, boolean recall, Announce announce) {
    }

    public record TicketChange(TicketView ticket, String change) {
    }

    public record Queue(String zone, int waiting, int greenWaiting, int longestWaitSec) {
    }

    public record CounterChange(CounterView counter) {
    }

    public record DeviceReport(String device, String role, String fault, String message) {
    }
}
