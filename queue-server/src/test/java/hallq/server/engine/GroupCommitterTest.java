package hallq.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.server.queue.Effects;
import hallq.server.store.JournalEntry;
import hallq.server.store.StoredReply;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The disk thread's grouping of batches and its refusal after a failure. */
class GroupCommitterTest {
    private final MemoryStorage storage = new MemoryStorage();
    private final LinkedBlockingQueue<Command.Written> reports = new LinkedBlockingQueue<>();
    private final GroupCommitter committer = new GroupCommitter(storage, reports::add).start();

    @AfterEach
    void stop() throws InterruptedException {
        committer.close();
    }

    /** A batch that keeps one reply, to request {@code id}: what was written shows in the storage's replies. */
    private static JournalEntry batch(String id) {
        return JournalEntry.of(new Effects(), List.of(new StoredReply("kiosk-1", id, Instant.EPOCH, "{}")), 1, null);
    }

    private Command.Written report() throws InterruptedException {
        Command.Written w = reports.poll(10, TimeUnit.SECONDS);
        assertThat(w).as("a report from the disk").isNotNull();
        return w;
    }

    private CountDownLatch holdTheDisk() {
        CountDownLatch disk = new CountDownLatch(1);
        storage.hold = disk;
        return disk;
    }

    @Test
    void batchesHandedOverWhileOneIsWrittenGoToDiskTogether() throws Exception {
        CountDownLatch disk = holdTheDisk();
        committer.submit(1, batch("a"));
        assertThat(storage.entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        committer.submit(2, batch("b"));
        committer.submit(3, batch("c"));
        storage.hold = null;
        disk.countDown();
        assertThat(report().flights()).containsExactly(1);
        Command.Written both = report();
        assertThat(both.flights()).containsExactly(2, 3);
        assertThat(both.failure()).isNull();
        assertThat(both.replyBatches()).containsExactly(2, 3);
        assertThat(storage.commits).as("one commit for the two").isEqualTo(2);
    }

    @Test
    void afterAFailureNothingIsWrittenUntilTheHallHasRebuilt() throws Exception {
        CountDownLatch disk = holdTheDisk();
        committer.submit(1, batch("a"));
        assertThat(storage.entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        committer.submit(2, batch("b")); // made on top of 1
        storage.full = true;
        storage.hold = null;
        disk.countDown();
        Command.Written failed = report();
        assertThat(failed.flights()).containsExactly(1);
        assertThat(failed.failure()).contains("No space left");
        storage.full = false;
        committer.submit(3, batch("c")); // also made before the hall heard of the failure
        committer.reset();
        committer.submit(4, batch("d"));
        assertThat(report().flights()).as("2 and 3 were dropped").containsExactly(4);
        assertThat(storage.replies.values()).flatMap(rs -> rs).extracting(StoredReply::requestId)
                .containsExactly("d");
    }
}
