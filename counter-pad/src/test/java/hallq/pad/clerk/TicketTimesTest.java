package hallq.pad.clerk;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.pad.support.Hellos;
import hallq.protocol.TicketState;
import hallq.protocol.TicketView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketTimesTest {
    private final TicketView serving = Hellos.ticket("A007", "legal", TicketState.SERVING);

    @Test
    void waitedIsIssueToCallAndServedRunsFromTheStart() {
        Instant now = Instant.parse("2026-11-22T01:18:12Z"); // 09:18:12 in the hall
        assertThat(TicketTimes.waitedSec(serving)).hasValue(750);
        assertThat(TicketTimes.servedSec(serving, now)).hasValue(312);
        assertThat(TicketTimes.sinceCallSec(serving, now)).hasValue(342);
    }

    @Test
    void aPadClockBehindTheServersShowsZeroNotNegative() {
        assertThat(TicketTimes.servedSec(serving, Instant.parse("2026-11-22T01:00:00Z"))).hasValue(0);
    }

    @Test
    void aWaitingTicketHasNoWaitYet() {
        assertThat(TicketTimes.waitedSec(Hellos.ticket("A008", "legal", TicketState.WAITING))).isEmpty();
    }
}
