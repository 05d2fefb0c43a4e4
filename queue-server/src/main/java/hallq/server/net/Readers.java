package hallq.server.net;

import hallq.protocol.ErrorCode;
import hallq.server.queue.HallException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The thread that reads the database for statistics, past tickets and follow-ups, with a bounded line in front of
 * it: one thread, because statistics over months are memory-hungry and two at once must wait rather than share the
 * heap; at most {@link #WAITING} reads waiting, because anybody may ask for a past ticket and a flood of asks must
 * not grow the heap nor starve the managers. One more is refused at once, RATE_LIMITED reason {@code BUSY}.
 */
final class Readers implements Executor {
    static final int WAITING = 64;

    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WAITING), r -> {
                Thread t = new Thread(r, "stats");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.AbortPolicy());

    @Override
    public void execute(Runnable read) {
        try {
            pool.execute(read);
        } catch (RejectedExecutionException e) {
            throw new HallException(ErrorCode.RATE_LIMITED, "BUSY", "the server is answering many reads: try again "
                    + "in a moment");
        }
    }

    ExecutorService pool() {
        return pool;
    }
}
