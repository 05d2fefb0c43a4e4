package hallq.server.store;

import java.sql.SQLException;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Applies journal records one at a time, each in a transaction of its own, to find the ones at fault once a group
 * of them failed together: a record that fails because of what it holds ({@link ApplyFailure#isAboutTheRecord}) is
 * set aside, and the database's journal marker moves past it in the transaction of the next record applied, or in
 * one of its own when none follows. Used by one thread at a time (the start, then the applier).
 */
final class OneAtATime {
    private final HallStore db;
    private final SetAsides asides;
    /** The last record set aside: on a retry after a failure of the disk it is not tried (nor reported) again. */
    private long lastSetAside;
    /** The highest seq of the records set aside since the marker last moved, so that seq never goes back. */
    private long setAsideSeq = -1;

    OneAtATime(HallStore db, SetAsides asides) {
        this.db = db;
        this.asides = asides;
    }

    /**
     * Applies {@code records}, in journal order; after each transaction {@code applied} is told the last record the
     * database has dealt with. A failure that is not about the record is thrown, those before it dealt with: call
     * again with the records after the last one {@code applied} was told of to go on.
     */
    void apply(List<PendingRecord> records, LongConsumer applied) throws SQLException {
        boolean passedOver = false;
        for (PendingRecord r : records) {
            if (r.number() > lastSetAside) {
                Throwable fault = r.unreadable();
                if (fault == null) {
                    try {
                        db.apply(List.of(r.entry()), r.number());
                        setAsideSeq = -1;
                        passedOver = false;
                        applied.accept(r.number());
                        continue;
                    } catch (SQLException e) {
                        if (!ApplyFailure.isAboutTheRecord(e)) {
                            throw e;
                        }
                        fault = e;
                    }
                }
                asides.add(r.number(), r.payload(), fault);
                lastSetAside = r.number();
                if (r.entry() != null) {
                    setAsideSeq = Math.max(setAsideSeq, r.entry().seq());
                }
            }
            passedOver = true;
        }
        if (passedOver) {
            long last = records.get(records.size() - 1).number();
            db.passOver(last, setAsideSeq);
            setAsideSeq = -1;
            applied.accept(last);
        }
    }
}
