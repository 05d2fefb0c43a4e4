package hallq.server.store;

import hallq.server.log.LogText;
import hallq.server.queue.RestoredHall;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall's storage as the server runs it: a batch is durable once its record is in the {@link Journal} (one
 * write and one fdatasync for all the batches committed together), and the database is brought up to date behind
 * it by the applier thread, many batches to one transaction. The database records the last journal record it holds in
 * the same transaction, so after a crash the records after it are applied again on open and nothing acknowledged
 * is lost; segments the database holds entirely are deleted. Reads of the database wait until it holds everything
 * acknowledged before the read began.
 *
 * <p>A record the database can never take because of what it holds (a text too long for its column, a change to a
 * ticket with no row, a payload that is not an entry; see {@link ApplyFailure}) is set aside instead of stopping
 * the store, at a start or as it runs: when a group of records fails so, it is applied in smaller parts to find the
 * ones at fault ({@link FaultFinder}), which are kept in {@code set-aside/} ({@link SetAsideFiles}), logged, listed
 * by {@link #setAside()} and handed to {@link #onSetAside} listeners; the database's journal marker moves past them.
 * A failure of the disk or the database itself is waited out instead (a start fails on it), and sets nothing aside.
 */
public final class JournaledStore implements HallStorage, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JournaledStore.class);
    static final long SEGMENT_BYTES = 8L << 20;
    /** Batches the applier may lag behind; then commits wait (back-pressure instead of a growing heap). */
    static final int MAX_BEHIND = 512;
    private static final long READ_WAIT_MS = 10_000;
    /**
     * How long the applier lets batches gather before it writes them to the database, unless a read waits: one
     * database commit (and its fsync) for many batches, so that the database's own syncs seldom land on top of the
     * journal's, which every reply waits for.
     */
    static final long GATHER_MS = 200;

    private final HallStore db;
    private final Journal journal;
    private final SetAsides setAsides;
    private final FaultFinder faultFinder;
    private final BlockingQueue<PendingRecord> toApply = new ArrayBlockingQueue<>(MAX_BEHIND);
    private final Thread applier;
    private final Object progress = new Object();
    /** Last journal record appended (committing thread) and last in the database (applier); guarded by progress. */
    private long appended;
    private long applied;
    private String applyFailure;
    /** A read is waiting for the applier: it writes at once. Guarded by progress. */
    private boolean readWaiting;
    private long nextBatch;
    private volatile boolean closing;
    private boolean closed;

    private JournaledStore(HallStore db, Journal journal, SetAsides setAsides, FaultFinder faultFinder, long applied) {
        this.db = db;
        this.journal = journal;
        this.setAsides = setAsides;
        this.faultFinder = faultFinder;
        this.appended = applied;
        this.applied = applied;
        this.nextBatch = db.nextReplyBatch();
        this.applier = new Thread(this::applyLoop, "hall-applier");
        applier.setDaemon(true);
        db.readBarrier(this::awaitAcknowledged);
    }

    /** Space kept free on the data disk unless the command line says otherwise: see {@link Journal#keepFree}. */
    public static final long KEEP_FREE_BYTES = 64L << 20;

    /** {@link #open(Path, long)} keeping {@link #KEEP_FREE_BYTES} free. */
    public static JournaledStore open(Path dir) throws IOException, SQLException {
        return open(dir, KEEP_FREE_BYTES);
    }

    /**
     * Opens the database and journal in {@code dir}, applies what the database lacks (setting aside what it can
     * never take), starts the applier; a commit that would leave less than {@code keepFreeBytes} free on the disk is
     * refused (see {@link Journal#keepFree}). Throws when the disk or the database fails, never for a record.
     */
    public static JournaledStore open(Path dir, long keepFreeBytes) throws IOException, SQLException {
        HallStore db = HallStore.open(dir);
        try {
            long applied = db.journalApplied();
            List<Journal.Record> records = new ArrayList<>();
            Journal journal = Journal.open(dir.resolve("journal"), SEGMENT_BYTES, applied + 1, records)
                    .keepFree(keepFreeBytes);
            SetAsides setAsides = new SetAsides(SetAsideFiles.open(dir.resolve("set-aside"), keepFreeBytes),
                    Clock.systemUTC());
            FaultFinder faultFinder = new FaultFinder(db, setAsides);
            List<PendingRecord> missing = new ArrayList<>();
            for (Journal.Record r : records) {
                if (r.number() > applied) {
                    missing.add(PendingRecord.read(r));
                }
            }
            long last = applied;
            if (!missing.isEmpty()) {
                last = missing.get(missing.size() - 1).number();
                applyAtStart(db, faultFinder, missing);
                int aside = setAsides.list().size();
                log.info("journal: {} batches after the database's last were applied again{}", missing.size() - aside,
                        aside == 0 ? "" : ", " + aside + " set aside");
            }
            journal.release(last);
            JournaledStore store = new JournaledStore(db, journal, setAsides, faultFinder, last);
            store.applier.start();
            return store;
        } catch (IOException | SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** In one transaction, or when that fails because of a record, in parts to set aside the ones at fault. */
    private static void applyAtStart(HallStore db, FaultFinder faultFinder, List<PendingRecord> missing)
            throws SQLException {
        if (missing.stream().allMatch(r -> r.entry() != null)) {
            try {
                db.apply(missing.stream().map(PendingRecord::entry).toList(), missing.get(missing.size() - 1).number());
                return;
            } catch (SQLException e) {
                if (!ApplyFailure.isAboutTheRecord(e)) {
                    throw e;
                }
                log.warn("journal: records {}..{} cannot be written together ({}); finding the ones at fault",
                        missing.get(0).number(), missing.get(missing.size() - 1).number(),
                        LogText.of(ApplyFailure.describe(e)));
            }
        }
        faultFinder.apply(missing, n -> { });
    }

    /**
     * The journal records set aside since the store opened, oldest first: each could never be written to the
     * database because of what it holds, and is kept (when it could be) under the data directory's {@code set-aside/}.
     */
    public List<SetAside> setAside() {
        return setAsides.list();
    }

    /**
     * Tells {@code listener} of each journal record set aside: at once, on the calling thread, of those set aside
     * since the store opened (at the start among them), then of each later one as it is set aside, on the applier
     * thread. A listener returns quickly (it hands the news to a thread of its own); one that throws is logged.
     */
    @Override
    public void onSetAside(Consumer<SetAside> listener) {
        setAsides.listen(listener);
    }

    /** The database, for reads (statistics, past tickets) and features' own tables. */
    public HallStore database() {
        return db;
    }

    @Override
    public byte[] salt() {
        return db.salt();
    }

    @Override
    public RestoredHall load(LocalDate today) throws SQLException {
        awaitAcknowledged();
        return db.load(today);
    }

    @Override
    public List<KeptBatch> keptSince(Instant since) throws SQLException {
        awaitAcknowledged();
        return db.keptSince(since);
    }

    @Override
    public String reply(long batch, String device, String requestId) throws SQLException {
        awaitAcknowledged(); // a retry: rare, and its batch may still be on its way to the database
        return db.reply(batch, device, requestId);
    }

    /** Durable on return: the batches' records are on disk (one write, one sync). The database gets them after. */
    @Override
    public long[] commit(List<JournalEntry> batches) throws SQLException {
        synchronized (progress) {
            // the applier cannot write and has no room to queue these: an acknowledgement now would wait for it
            // with the hall stopped behind it, so they are refused before anything is written
            if (applyFailure != null && toApply.remainingCapacity() < batches.size()) {
                throw new SQLException("the database cannot be written, and the journal is " + MAX_BEHIND
                        + " batches ahead of it: " + applyFailure);
            }
        }
        long[] numbers = new long[batches.size()];
        List<JournalEntry> numbered = HallStore.numberReplies(batches, nextBatch, numbers);
        List<byte[]> payloads = new ArrayList<>(numbered.size());
        long first;
        try {
            for (JournalEntry e : numbered) {
                payloads.add(e.toBytes());
            }
            first = journal.append(payloads);
        } catch (IOException e) {
            throw new SQLException("batch not written to the journal: " + e.getMessage(), e);
        }
        for (long n : numbers) {
            nextBatch = Math.max(nextBatch, n + 1);
        }
        synchronized (progress) {
            appended = first + numbered.size() - 1;
        }
        try {
            for (int i = 0; i < numbered.size(); i++) {
                toApply.put(PendingRecord.of(first + i, payloads.get(i), numbered.get(i)));
            }
            if (toApply.size() >= MAX_BEHIND / 2) {
                synchronized (progress) {
                    progress.notifyAll(); // the applier stops gathering
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // on disk in the journal all the same: the next start applies it
        }
        return numbers;
    }

    private void applyLoop() {
        List<PendingRecord> batch = new ArrayList<>();
        while (!closing || !toApply.isEmpty()) {
            try {
                PendingRecord first = toApply.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                gather();
                batch.add(first);
                toApply.drainTo(batch);
                applyWithRetry(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    /** Waits up to {@link #GATHER_MS} for more batches, less when a read waits, the queue fills or we close. */
    private void gather() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GATHER_MS);
        synchronized (progress) {
            long left;
            while (!readWaiting && !closing && toApply.remainingCapacity() > MAX_BEHIND / 2
                    && (left = until - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
        }
    }

    /**
     * Applies in one transaction; when that fails because of a record, in parts, setting aside the ones at fault.
     * On any other failure tries again (the journal keeps the records) until it works or we close.
     */
    private void applyWithRetry(List<PendingRecord> batch) throws InterruptedException {
        long last = batch.get(batch.size() - 1).number();
        boolean findingFaults = false;
        boolean failed = false;
        for (int attempt = 0; ; attempt++) {
            List<PendingRecord> left = notApplied(batch);
            try {
                if (findingFaults) {
                    faultFinder.apply(left, this::appliedUpTo);
                } else {
                    db.apply(left.stream().map(PendingRecord::entry).toList(), last);
                    appliedUpTo(last);
                }
                if (failed) {
                    log.info("journal: the database is written again, up to record {}", last);
                }
                return;
            } catch (SQLException | RuntimeException e) {
                if (!findingFaults && ApplyFailure.isAboutTheRecord(e)) {
                    log.warn("journal: records {}..{} cannot be written together ({}); finding the ones at fault",
                            left.get(0).number(), last, LogText.of(ApplyFailure.describe(e)));
                    findingFaults = true;
                    attempt--; // not a failure of the database: no wait
                    continue;
                }
                failed = true;
                synchronized (progress) {
                    if (applyFailure == null) {
                        log.error("journal: cannot write to the database (records {}..{} stay in the journal, "
                                + "applied on the next start if not before): {}", left.get(0).number(), last,
                                LogText.of(ApplyFailure.describe(e)));
                    }
                    applyFailure = e.getMessage();
                    progress.notifyAll();
                }
                if (closing && attempt >= 2) {
                    return;
                }
                Thread.sleep(Math.min(5_000, 100L << Math.min(attempt, 5)));
            }
        }
    }

    /** The database holds every record up to {@code record}: reads waiting for them go on, the journal lets go. */
    private void appliedUpTo(long record) {
        synchronized (progress) {
            applied = record;
            applyFailure = null;
            readWaiting = false; // whoever waited is answered now; a later read asks again
            progress.notifyAll();
        }
        journal.release(record);
    }

    /** Those of {@code batch} the database does not hold yet (after a failure part way through it, the rest). */
    private List<PendingRecord> notApplied(List<PendingRecord> batch) {
        long done;
        synchronized (progress) {
            done = applied;
        }
        return batch.stream().filter(r -> r.number() > done).toList();
    }

    /** Why the applier cannot write to the database now, or null; for tests. */
    String applyFailure() {
        synchronized (progress) {
            return applyFailure;
        }
    }

    /** Waits until the database holds every record acknowledged so far. */
    private void awaitAcknowledged() throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READ_WAIT_MS);
        synchronized (progress) {
            long target = appended;
            while (applied < target) {
                readWaiting = true;
                progress.notifyAll();
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SQLException("the database is behind the journal (record " + applied + " of " + target
                            + ")" + (applyFailure == null ? "" : ": " + applyFailure));
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while waiting for the database");
                }
            }
        }
    }

    /** Applies what is left, closes the database cleanly and, when it holds everything, deletes the journal. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closing = true;
        synchronized (progress) {
            progress.notifyAll();
        }
        try {
            applier.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean complete;
        synchronized (progress) {
            complete = applied == appended && toApply.isEmpty();
        }
        try {
            if (complete) {
                journal.clear();
            } else {
                journal.close();
                log.warn("journal: closed with records the database lacks; the next start applies them");
            }
        } catch (IOException e) {
            log.warn("journal: {}", e.getMessage());
        }
        db.close();
    }
}
