package hallq.pad.clerk;

import hallq.protocol.TicketView;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.OptionalLong;

/**
 * How long the current ticket waited and has been served, from its wire timestamps and the pad's clock.
 * The pad's clock may be a little off the server's; a negative span shows as zero rather than nonsense.
 */
public final class TicketTimes {
    private TicketTimes() {
    }

    /** From issue to the first call: the citizen's wait. */
    public static OptionalLong waitedSec(TicketView t) {
        Instant issued = at(t.issuedAt());
        Instant called = at(t.calledAt());
        return issued == null || called == null ? OptionalLong.empty() : OptionalLong.of(span(issued, called));
    }

    /** Since the (first) call: how long the window has been waiting for the citizen. */
    public static OptionalLong sinceCallSec(TicketView t, Instant now) {
        Instant called = at(t.calledAt());
        return called == null ? OptionalLong.empty() : OptionalLong.of(span(called, now));
    }

    /** Since the start of service. */
    public static OptionalLong servedSec(TicketView t, Instant now) {
        Instant started = at(t.startedAt());
        return started == null ? OptionalLong.empty() : OptionalLong.of(span(started, now));
    }

    private static long span(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    private static Instant at(String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(wire).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
