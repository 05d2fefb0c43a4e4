package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.queue.DeskRecord;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.testkit.ManualClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A group that failed for a record: every good record is applied, exactly the faulty ones set aside, cheaply. */
class FaultFinderTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path data;

    private final ManualClock clock = ManualClock.shanghai("2026-11-23T09:00:00");
    private final HallQueue q = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY);

    private PendingRecord ticket(long number) throws Exception {
        q.issue("kiosk-1", "legal", false, null);
        JournalEntry e = JournalEntry.of(q.takeEffects(), List.of(), q.seq(), null);
        return PendingRecord.of(number, e.toBytes(), e);
    }

    private PendingRecord poison(long number) throws Exception {
        JournalEntry e = new JournalEntry(-1, q.seq(), List.of(), List.of(),
                List.of(new DeskRecord("1", null, null, null, "x".repeat(501), clock.instant())),
                List.of(), List.of(), List.of(), null);
        return PendingRecord.of(number, e.toBytes(), e);
    }

    @Test
    void inAGroupOfTwoHundredTheTwoRecordsAtFaultAreSetAsideInAFewTransactions() throws Exception {
        Set<Long> faulty = Set.of(37L, 151L);
        List<PendingRecord> group = new ArrayList<>();
        for (long n = 1; n <= 200; n++) {
            group.add(faulty.contains(n) ? poison(n) : ticket(n));
        }
        try (HallStore db = HallStore.open(data)) {
            SetAsides asides = new SetAsides(SetAsideFiles.open(data.resolve("set-aside"), 0), Clock.systemUTC());
            List<Long> told = new ArrayList<>();
            new FaultFinder(db, asides).apply(group, told::add);
            assertThat(asides.list()).extracting(SetAside::record).containsExactly(37L, 151L);
            assertThat(db.tickets(DAY, DAY)).hasSize(198);
            assertThat(db.journalApplied()).isEqualTo(200);
            assertThat(told).isSorted().endsWith(200L);
            assertThat(told.size()).as("commits, not one per record").isLessThan(20);
        }
    }

    @Test
    void recordsSetAsideBeforeAreNotTriedOrReportedAgain() throws Exception {
        List<PendingRecord> group = List.of(ticket(1), poison(2), poison(3));
        try (HallStore db = HallStore.open(data)) {
            SetAsides asides = new SetAsides(SetAsideFiles.open(data.resolve("set-aside"), 0), Clock.systemUTC());
            FaultFinder finder = new FaultFinder(db, asides);
            finder.apply(group, n -> { });
            // as after a failure of the disk while the marker was to move past them
            finder.apply(group.subList(1, 3), n -> { });
            assertThat(asides.list()).extracting(SetAside::record).containsExactly(2L, 3L);
            assertThat(db.journalApplied()).isEqualTo(3);
        }
    }
}
