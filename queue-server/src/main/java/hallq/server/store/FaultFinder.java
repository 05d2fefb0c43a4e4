package hallq.server.store;

import java.sql.SQLException;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Applies a group of journal records that failed together because of a record, finding the records at fault: the
 * group is halved, each half applied in a transaction of its own, and a half that fails so halved again, down to
 * single records. A record that fails alone because of what it holds ({@link ApplyFailure#isAboutTheRecord}) is set
 * aside; the database's journal marker moves past it in the transaction of the records after it, or in one of its
 * own when none follows. The outcome is that of applying the records one at a time, in order, each in its own
 * transaction, at the cost of a few transactions per record at fault instead of one per record: a group can hold
 * hundreds, and at a start after a long outage thousands, while every commit waits for a sync. Used by one thread at
 * a time (the start, then the applier).
 */
final class FaultFinder {
    private final HallStore db;
    private final SetAsides asides;
    /** The last record set aside: on a retry after a failure of the disk it is not tried (nor reported) again. */
    private long lastSetAside;
    /** The highest seq of the records set aside since the marker last moved, so that seq never goes back. */
    private long setAsideSeq = -1;
    /** The last record applied by the current {@link #apply}. */
    private long lastApplied;

    FaultFinder(HallStore db, SetAsides asides) {
        this.db = db;
        this.asides = asides;
    }

    /**
     * Applies {@code records}, in journal order, setting aside those at fault; after each transaction
     * {@code applied} is told the last record the database has dealt with. A failure that is not about a record is
     * thrown, the records before it dealt with: call again with the records after the last one {@code applied} was
     * told of to go on.
     */
    void apply(List<PendingRecord> records, LongConsumer applied) throws SQLException {
        List<PendingRecord> left = records.stream().filter(r -> r.number() > lastSetAside).toList();
        lastApplied = -1;
        if (left.size() == 1) {
            applyGroup(left, applied);
        } else if (left.size() > 1) {
            // the caller saw the whole group fail: begin with its halves
            applyGroup(left.subList(0, left.size() / 2), applied);
            applyGroup(left.subList(left.size() / 2, left.size()), applied);
        }
        long last = records.get(records.size() - 1).number();
        if (lastApplied < last) { // the group ends with records set aside
            db.passOver(last, setAsideSeq);
            setAsideSeq = -1;
            applied.accept(last);
        }
    }

    private void applyGroup(List<PendingRecord> group, LongConsumer applied) throws SQLException {
        Throwable fault = group.get(0).unreadable();
        if (group.stream().allMatch(r -> r.entry() != null)) {
            long last = group.get(group.size() - 1).number();
            try {
                db.apply(group.stream().map(PendingRecord::entry).toList(), last);
                setAsideSeq = -1;
                lastApplied = last;
                applied.accept(last);
                return;
            } catch (SQLException e) {
                if (!ApplyFailure.isAboutTheRecord(e)) {
                    throw e;
                }
                fault = e;
            }
        }
        if (group.size() == 1) {
            // a payload that is not an entry (fault from reading it) or one the database refuses alone
            PendingRecord r = group.get(0);
            asides.add(r.number(), r.payload(), fault);
            lastSetAside = r.number();
            if (r.entry() != null) {
                setAsideSeq = Math.max(setAsideSeq, r.entry().seq());
            }
            return;
        }
        applyGroup(group.subList(0, group.size() / 2), applied);
        applyGroup(group.subList(group.size() / 2, group.size()), applied);
    }
}
