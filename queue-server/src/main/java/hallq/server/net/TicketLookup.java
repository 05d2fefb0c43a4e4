package hallq.server.net;

import hallq.protocol.ErrorCode;
import hallq.protocol.TicketView;
import hallq.server.engine.HallEngine;
import hallq.server.queue.HallException;
import hallq.server.queue.HallQueue;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Reads of the live hall that anybody may ask for (the snapshot, a ticket, a ticket's page), and a ticket by its day
 * and number: live first, else from the stored days. The reads wait for the hall thread within a budget of their
 * own, so that a flood of them leaves the hall's inbox to its devices.
 */
final class TicketLookup {
    /** Anonymous reads waiting for the hall thread at once; past it RATE_LIMITED reason BUSY. */
    static final int ANONYMOUS_READS = 64;

    /** A ticket found live or on disk, with its key (null for a ticket of before keys). */
    record Found(TicketView ticket, String key) {
    }

    private final HallEngine engine;
    private final StatsService stats;
    private final Semaphore anonymous = new Semaphore(ANONYMOUS_READS);

    TicketLookup(HallEngine engine, StatsService stats) {
        this.engine = engine;
        this.stats = stats;
    }

    /** A read of the live hall for anybody, within {@link #ANONYMOUS_READS}; past it RATE_LIMITED reason BUSY. */
    <T> CompletableFuture<T> anonymousRead(Function<HallQueue, T> read) {
        if (!anonymous.tryAcquire()) {
            throw new HallException(ErrorCode.RATE_LIMITED, "BUSY", "the server is answering many reads: try again "
                    + "in a moment");
        }
        try {
            return engine.query(read).whenComplete((r, e) -> anonymous.release());
        } catch (RuntimeException e) {
            anonymous.release();
            throw e;
        }
    }

    /** The ticket {@code number} of {@code day}, live or stored; empty when there is none. */
    CompletableFuture<Optional<Found>> find(LocalDate day, String number) {
        return anonymousRead(q -> q.ticket(day, number).map(t -> new Found(t, q.ticketKey(day, number).orElse(null))))
                .thenCompose(live -> live.isPresent() ? CompletableFuture.completedFuture(live)
                        : stats.ticket(day, number).thenApply(stored -> stored.map(r -> new Found(
                                HallQueue.ticketView(r, null, null, engine.zoneId()), r.key()))));
    }
}
