package hallq.server.engine;

import hallq.server.store.HallStorage;
import hallq.server.store.JournalEntry;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that puts the hall's batches on disk, so that the hall thread goes on with the next batch while one
 * is being synced: every batch handed over while a sync runs goes to disk with the next one, in one commit (group
 * commit across batches). What became of each group is reported, in order, as a {@link Command.Written}. After a
 * group fails, every batch handed over is dropped unwritten until {@link #reset}: they were made on top of the
 * failed one, and the hall thread answers them itself as it rebuilds from disk.
 */
final class GroupCommitter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);
    /** Batches that may wait for the disk; then the hall thread waits too. */
    static final int MAX_WAITING = 256;

    /** A batch to write, with the hall thread's number for it. */
    record Flight(long id, JournalEntry entry) {
    }

    private static final Flight RESET = new Flight(-1, null);

    private final HallStorage store;
    private final Consumer<Command.Written> report;
    private final BlockingQueue<Flight> waiting = new ArrayBlockingQueue<>(MAX_WAITING);
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommitter(HallStorage store, Consumer<Command.Written> report) {
        this(store, report, null);
    }

    /** {@code onDeath}: see {@link HallEngine}'s constructor (null: the JVM's default handler). */
    GroupCommitter(HallStorage store, Consumer<Command.Written> report, Thread.UncaughtExceptionHandler onDeath) {
        this.store = store;
        this.report = report;
        this.thread = new Thread(this::run, "hall-disk");
        thread.setUncaughtExceptionHandler(onDeath);
    }

    GroupCommitter start() {
        thread.start();
        return this;
    }

    /** Hands a batch to the disk; waits while {@link #MAX_WAITING} are waiting already. */
    void submit(long id, JournalEntry entry) throws InterruptedException {
        waiting.put(new Flight(id, entry));
    }

    /** After a failure was reported and the hall rebuilt: batches handed over from now on are written again. */
    void reset() throws InterruptedException {
        waiting.put(RESET);
    }

    private void run() {
        List<Flight> taken = new ArrayList<>();
        List<Flight> group = new ArrayList<>();
        boolean refusing = false;
        while (running || !waiting.isEmpty()) {
            try {
                Flight first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                taken.add(first);
                waiting.drainTo(taken);
                for (Flight f : taken) {
                    if (f == RESET) {
                        refusing = false;
                    } else if (!refusing) {
                        group.add(f);
                    }
                }
                if (!group.isEmpty()) {
                    refusing = !write(group);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                taken.clear();
                group.clear();
            }
        }
    }

    /** Writes one group and reports it; false when it failed. */
    private boolean write(List<Flight> group) {
        long[] ids = new long[group.size()];
        List<JournalEntry> entries = new ArrayList<>(group.size());
        for (int i = 0; i < ids.length; i++) {
            ids[i] = group.get(i).id();
            entries.add(group.get(i).entry());
        }
        try {
            long[] replyBatches = store.commit(entries);
            report.accept(new Command.Written(ids, replyBatches, null));
            return true;
        } catch (SQLException | RuntimeException e) {
            log.error("could not write to disk; nothing of {} batches was kept: {}", ids.length, e.getMessage());
            report.accept(new Command.Written(ids, null, String.valueOf(e.getMessage())));
            return false;
        }
    }

    /** Writes what was handed over, then stops. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(30_000);
    }
}
