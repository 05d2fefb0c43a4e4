package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.server.queue.DeskRecord;
import hallq.server.queue.Effects;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.server.queue.TicketRecord;
import hallq.testkit.ManualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Journal records the database can never take are set aside, never a reason to refuse to start or to stop. */
class JournalSetAsideTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path data;

    private final ManualClock clock = ManualClock.shanghai("2026-11-23T09:00:00");
    private final HallQueue q = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY);

    private JournalEntry issue(int n) {
        for (int i = 0; i < n; i++) {
            q.issue("kiosk-1", "legal", false, null);
        }
        return JournalEntry.of(q.takeEffects(), List.of(), q.seq(), null);
    }

    /** Window 1 paused with a reason longer than desk.pause_reason VARCHAR(500) holds. */
    private JournalEntry pauseTooLong() {
        return new JournalEntry(-1, q.seq(), List.of(), List.of(),
                List.of(new DeskRecord("1", null, null, null, "x".repeat(600), clock.instant())),
                List.of(), List.of(), List.of(), null);
    }

    /** A change to a ticket the database has no row for: one issued by another hall on another day. */
    private JournalEntry changeOfAMissingTicket() {
        HallQueue other = new HallQueue(Halls.test(), ManualClock.shanghai("2026-11-24T09:00:00"), Halls.hasher(),
                RestoredHall.EMPTY);
        other.issue("kiosk-1", "legal", false, null);
        Effects e = other.takeEffects();
        return new JournalEntry(-1, q.seq(), List.of(), e.issuedRecords(), List.of(), List.of(), List.of(),
                List.of(), null);
    }

    private static List<String> numbers(List<TicketRecord> tickets) {
        return tickets.stream().map(TicketRecord::number).sorted().toList();
    }

    private void journal(List<byte[]> payloads) throws Exception {
        try (Journal j = Journal.open(data.resolve("journal"), JournaledStore.SEGMENT_BYTES, 1, new ArrayList<>())) {
            for (byte[] p : payloads) {
                j.append(p);
            }
        }
    }

    private List<String> setAsideFiles() throws Exception {
        Path dir = data.resolve("set-aside");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void poisonRecordsInTheJournalAreSetAsideAtStartAndTheGoodOnesAroundThemApplied() throws Exception {
        JournalEntry last = null;
        List<byte[]> payloads = List.of(
                issue(2).toBytes(), // 1
                pauseTooLong().toBytes(), // 2: desk.pause_reason is VARCHAR(500)
                issue(2).toBytes(), // 3
                changeOfAMissingTicket().toBytes(), // 4: has no row to update
                "{not json".getBytes(StandardCharsets.UTF_8), // 5
                "{\"seq\": 1}".getBytes(StandardCharsets.UTF_8), // 6: JSON, but none of an entry's lists
                (last = issue(2)).toBytes()); // 7
        journal(payloads);
        try (JournaledStore store = JournaledStore.open(data)) {
            assertThat(numbers(store.database().tickets(DAY, DAY)))
                    .containsExactly("A001", "A002", "A003", "A004", "A005", "A006");
            assertThat(store.load(DAY).desks()).as("the pause never reached the database").isEmpty();
            assertThat(store.load(DAY).seq()).isEqualTo(last.seq());
            assertThat(store.setAside()).extracting(SetAside::record).containsExactly(2L, 4L, 5L, 6L);
            assertThat(store.setAside().get(0).error()).contains("right truncation");
            assertThat(store.setAside().get(1).error()).contains("has no row to update");
            assertThat(store.setAside()).allSatisfy(s -> {
                assertThat(s.file()).isEqualTo(data.resolve("set-aside").resolve("record-" + s.record() + ".json"));
                assertThat(s.error().length()).isLessThanOrEqualTo(200);
                assertThat(s.summary()).contains("journal record " + s.record()).doesNotContain("\n");
            });
            List<SetAside> told = new ArrayList<>();
            store.onSetAside(told::add);
            assertThat(told).as("a listener added after the start hears of the start's").isEqualTo(store.setAside());
        }
        assertThat(setAsideFiles()).containsExactly("record-2.json", "record-2.why", "record-4.json", "record-4.why",
                "record-5.json", "record-5.why", "record-6.json", "record-6.why");
        assertThat(Files.readAllBytes(data.resolve("set-aside/record-2.json"))).isEqualTo(payloads.get(1));
        assertThat(Files.readAllBytes(data.resolve("set-aside/record-5.json"))).isEqualTo(payloads.get(4));
        assertThat(Files.readString(data.resolve("set-aside/record-2.why")))
                .startsWith("record: 2\nat: ").contains("\nerror: data exception: string data, right truncation");

        try (JournaledStore store = JournaledStore.open(data)) {
            assertThat(store.setAside()).as("the marker moved past them: not tried again").isEmpty();
            assertThat(numbers(store.database().tickets(DAY, DAY))).hasSize(6);
        }
        assertThat(setAsideFiles()).hasSize(8);
    }

    @Test
    void recordsSetAsideAtTheEndOfTheJournalMoveTheMarkerAndSeqOnTheirOwn() throws Exception {
        JournalEntry good = issue(1);
        JournalEntry poison = pauseTooLong();
        q.issue("kiosk-1", "legal", false, null); // moves seq on, as the pause's own events did
        poison = new JournalEntry(-1, q.seq(), poison.issued(), poison.changed(), poison.desks(), poison.pauses(),
                poison.calls(), poison.replies(), null);
        journal(List.of(good.toBytes(), poison.toBytes()));
        try (JournaledStore store = JournaledStore.open(data)) {
            assertThat(store.setAside()).extracting(SetAside::record).containsExactly(2L);
            assertThat(store.load(DAY).seq()).as("seq never goes back to before events terminals saw")
                    .isEqualTo(poison.seq()).isGreaterThan(good.seq());
        }
        try (JournaledStore store = JournaledStore.open(data)) {
            assertThat(store.setAside()).isEmpty();
            assertThat(numbers(store.database().tickets(DAY, DAY))).containsExactly("A001");
        }
    }

    @Test
    @Timeout(60)
    void aPoisonBatchCommittedAsTheHallRunsIsSetAsideAndTheGoodOnesAroundItReachTheDatabase() throws Exception {
        CompletableFuture<SetAside> told = new CompletableFuture<>();
        CompletableFuture<String> thread = new CompletableFuture<>();
        try (JournaledStore store = JournaledStore.open(data)) {
            store.onSetAside(s -> {
                thread.complete(Thread.currentThread().getName());
                told.complete(s);
            });
            store.commit(List.of(issue(1)));
            store.commit(List.of(pauseTooLong(), issue(1)));
            store.commit(List.of(changeOfAMissingTicket()));
            store.commit(List.of(issue(1)));
            SetAside first = told.get(30, TimeUnit.SECONDS);
            assertThat(first.record()).isEqualTo(2);
            assertThat(first.error()).contains("right truncation");
            assertThat(thread.get()).isEqualTo("hall-applier");
            // the read waits for the database to hold every acknowledged record: none is stuck behind the poison
            assertThat(numbers(store.database().tickets(DAY, DAY))).containsExactly("A001", "A002", "A003");
            assertThat(store.setAside()).extracting(SetAside::record).containsExactly(2L, 4L);
            assertThat(store.applyFailure()).as("a record at fault is no failure of the database").isNull();
        }
        assertThat(data.resolve("journal").toFile().list()).as("a clean close: the database holds everything").isEmpty();
        assertThat(setAsideFiles()).containsExactly("record-2.json", "record-2.why", "record-4.json", "record-4.why");
        try (JournaledStore store = JournaledStore.open(data)) {
            assertThat(store.setAside()).isEmpty();
            assertThat(numbers(store.database().tickets(DAY, DAY))).containsExactly("A001", "A002", "A003");
        }
    }

    @Test
    @Timeout(60)
    void whenTheDatabaseCannotBeWrittenNothingIsSetAsideAndTheNextStartWritesTheRecords() throws Exception {
        List<SetAside> told = new CopyOnWriteArrayList<>();
        try (JournaledStore store = JournaledStore.open(data)) {
            store.onSetAside(told::add);
            try (Connection c = store.database().connection(); Statement s = c.createStatement()) {
                // every insert of the applier fails now ("statement is invalid"), for as long as this store runs
                s.execute("ALTER TABLE ticket RENAME TO ticket_away");
            }
            store.commit(List.of(issue(1)));
            store.commit(List.of(issue(1)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (store.applyFailure() == null) { // a condition waited for, not a guess at how long it takes
                assertThat(System.nanoTime()).as("the applier meets the renamed table").isLessThan(deadline);
                Thread.sleep(10);
            }
            assertThat(told).isEmpty();
            assertThat(store.setAside()).isEmpty();
        }
        assertThat(told).as("not even while closing").isEmpty();
        assertThat(setAsideFiles()).isEmpty();
        // the table is put back, as a repaired database would be, and the next start puts the journal's records in it
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:hsqldb:file:" + data.toAbsolutePath()
                .resolve("hallq") + ";hsqldb.lock_file=false", "SA", ""); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE ticket_away RENAME TO ticket");
            s.execute("SHUTDOWN");
        }
        try (JournaledStore store = JournaledStore.open(data)) {
            assertThat(store.setAside()).isEmpty();
            assertThat(numbers(store.database().tickets(DAY, DAY))).containsExactly("A001", "A002");
        }
    }
    @Test
    void aRecordThatCannotBeKeptIsNotPassedOverButStaysInTheJournal() throws Exception {
        journal(List.of(issue(1).toBytes(), pauseTooLong().toBytes(), issue(1).toBytes()));
        Path dir = Files.createDirectories(data.resolve("set-aside"));
        for (int i = 1000; i < 1000 + SetAsideFiles.MAX_FILES; i++) {
            Files.writeString(dir.resolve("record-" + i + ".json"), "{}"); // set-aside/ is full
        }
        assertThatThrownBy(() -> JournaledStore.open(data)).as("nothing acknowledged is dropped unkept")
                .hasMessageContaining("could not be set aside").hasMessageContaining("holds 100 records");
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith("record-1")).forEach(f -> f.toFile().delete());
        }
        try (JournaledStore store = JournaledStore.open(data)) {
            assertThat(store.setAside()).extracting(SetAside::record).as("once there is room").containsExactly(2L);
            assertThat(numbers(store.database().tickets(DAY, DAY))).containsExactly("A001", "A002");
        }
    }
}
