package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.TicketState;
import hallq.server.queue.Effects;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.server.queue.TicketRecord;
import hallq.testkit.ManualClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The journal in front of the database: what was acknowledged is read back, and replayed after a crash. */
class JournaledStoreTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path data;

    private final ManualClock clock = ManualClock.shanghai("2026-11-23T09:00:00");

    private static List<String> numbers(List<TicketRecord> tickets) {
        return tickets.stream().map(TicketRecord::number).sorted().toList();
    }

    /** Issues {@code n} tickets in zone legal and returns the effects, as the hall thread would commit them. */
    private static Effects issue(HallQueue q, int n) {
        for (int i = 0; i < n; i++) {
            q.issue("kiosk-1", "legal", false, null);
        }
        return q.takeEffects();
    }

    @Test
    void whatACommitAcknowledgedIsReadAtOnceAndAfterACleanRestart() throws Exception {
        try (JournaledStore store = JournaledStore.open(data)) {
            HallQueue q = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY);
            for (int batch = 0; batch < 50; batch++) {
                store.commit(issue(q, 3), List.of(), q.seq(), null);
            }
            // no waiting in the test: the read itself must wait for the database to hold all 150
            assertThat(store.database().tickets(DAY, DAY)).hasSize(150);
            assertThat(store.load(DAY).seq()).isEqualTo(q.seq());
        }
        try (JournaledStore store = JournaledStore.open(data)) {
            assertThat(store.database().tickets(DAY, DAY)).hasSize(150);
        }
        assertThat(data.resolve("journal").toFile().list()).as("a clean close leaves no journal").isEmpty();
    }

    @Test
    @Timeout(30) // without the refusal a commit waits for the applier for ever
    void whenTheDatabaseCannotBeWrittenCommitsAreRefusedOnceTheApplierQueueIsFullInsteadOfWaiting() throws Exception {
        try (JournaledStore store = JournaledStore.open(data)) {
            HallQueue q = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY);
            try (Connection c = store.database().connection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE ticket RENAME TO ticket_away"); // every insert of the applier fails now
            }
            int accepted = 0;
            SQLException refused = null;
            while (refused == null && accepted < 4 * JournaledStore.MAX_BEHIND) {
                try {
                    store.commit(issue(q, 1), List.of(), q.seq(), null);
                    accepted++;
                } catch (SQLException e) {
                    refused = e;
                }
            }
            assertThat((Throwable) refused).as("refused, not blocked, after %d accepted", accepted).isNotNull()
                    .hasMessageContaining("the database cannot be written");
            // what the failing transaction holds, and a full queue behind it
            assertThat(accepted).isGreaterThanOrEqualTo(JournaledStore.MAX_BEHIND);
        }
    }

    @Test
    void recordsTheDatabaseLacksAfterACrashAreAppliedOnOpenAndTheOthersNotTwice() throws Exception {
        HallQueue q = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY);
        List<JournalEntry> entries = new ArrayList<>();
        for (int batch = 0; batch < 4; batch++) {
            Effects e = issue(q, 2);
            entries.add(JournalEntry.of(e, List.of(), q.seq(), null));
        }
        // the state a kill -9 can leave: the database holds records 1 and 2, the journal 1 to 4
        try (HallStore db = HallStore.open(data)) {
            db.apply(entries.subList(0, 2), 2);
        }
        try (Journal j = Journal.open(data.resolve("journal"), JournaledStore.SEGMENT_BYTES, 1, new ArrayList<>())) {
            for (JournalEntry e : entries) {
                j.append(e.toBytes());
            }
        }
        try (JournaledStore store = JournaledStore.open(data)) {
            List<TicketRecord> tickets = store.database().tickets(DAY, DAY);
            assertThat(numbers(tickets)).containsExactly("A001", "A002", "A003", "A004", "A005", "A006", "A007", "A008");
            assertThat(tickets).allMatch(t -> t.state() == TicketState.WAITING);
            assertThat(store.load(DAY).seq()).isEqualTo(q.seq());
            // numbering of new records goes on after the replayed ones
            store.commit(issue(q, 1), List.of(), q.seq(), null);
            assertThat(store.database().tickets(DAY, DAY)).hasSize(9);
        }
    }

    @Test
    void keptRepliesAreFoundRightAfterTheirCommit() throws Exception {
        try (JournaledStore store = JournaledStore.open(data)) {
            long batch = store.commit(new Effects(), List.of(new StoredReply("kiosk-1", "r1", clock.instant(),
                    "{\"re\":\"r1\",\"ok\":true}")), 1, null);
            assertThat(store.reply(batch, "kiosk-1", "r1")).isEqualTo("{\"re\":\"r1\",\"ok\":true}");
            long next = store.commit(new Effects(), List.of(new StoredReply("kiosk-1", "r2", clock.instant(),
                    "{\"re\":\"r2\",\"ok\":true}")), 2, null);
            assertThat(next).isGreaterThan(batch);
        }
    }
}
