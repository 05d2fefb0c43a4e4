package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.queue.Halls;
import hallq.server.queue.HallQueue;
import hallq.server.queue.RestoredHall;
import hallq.testkit.ManualClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tickets' keys on disk, and a database made before tickets had keys. */
class HallStoreKeyColumnTest {
    private final ManualClock clock = ManualClock.shanghai("2026-11-23T09:00:00");
    private final LocalDate day = LocalDate.of(2026, 11, 23);

    @TempDir
    Path data;

    @Test
    void aTicketsKeyIsStoredAndAnOldDatabaseGetsTheColumn() throws Exception {
        HallQueue hall = new HallQueue(Halls.test(), clock, Halls.hasher(), RestoredHall.EMPTY);
        hall.issue("kiosk-1", "legal", false, null);
        String key = hall.ticketKey(day, "A001").orElseThrow();
        try (HallStore store = HallStore.open(data)) {
            store.commit(hall.takeEffects(), List.of(), hall.seq(), null);
            assertThat(store.ticket(day, "A001").orElseThrow().key()).isEqualTo(key);
            try (Connection c = store.connection(); Statement s = c.createStatement()) {
                // as a database of before: layout 2, no keys
                s.execute("ALTER TABLE ticket DROP COLUMN ticket_key");
                s.execute("UPDATE meta SET v = '2' WHERE k = 'schema'");
            }
        }
        try (HallStore store = HallStore.open(data)) {
            assertThat(store.ticket(day, "A001").orElseThrow().key()).as("issued before keys: none").isNull();
            HallQueue again = new HallQueue(Halls.test(), clock, Halls.hasher(), store.load(day));
            again.issue("kiosk-1", "legal", false, null);
            String second = again.ticketKey(day, "A002").orElseThrow();
            store.commit(again.takeEffects(), List.of(), again.seq(), null);
            assertThat(store.ticket(day, "A002").orElseThrow().key()).isEqualTo(second).isNotEqualTo(key);
        }
    }
}
