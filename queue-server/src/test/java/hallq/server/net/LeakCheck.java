package hallq.server.net;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * Netty's leak detector at PARANOID level (every buffer tracked, every access recorded) for the span of a test, and
 * the leaks it reports meanwhile, as it reports them: in its log. A report comes only once a leaked buffer has been
 * collected and another is allocated, so the check leaks a marked buffer of its own (a canary) and waits for it to be
 * reported: the collection that found the canary found whatever else was lost before it. The same at the start, so
 * that a leak of an earlier test in this JVM is not counted here. Meanwhile the detector's log goes only here.
 */
final class LeakCheck implements AutoCloseable {
    private static final AtomicInteger CANARIES = new AtomicInteger();
    private final ResourceLeakDetector.Level before = ResourceLeakDetector.getLevel();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ResourceLeakDetector.class);
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent e) {
            if (e.getFormattedMessage().contains("LEAK")) {
                reports.add(e.getFormattedMessage());
            }
        }
    };

    private LeakCheck() {
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
        // the canaries' reports stay out of the test's output; a real one is in the failed assertion
        logger.setAdditive(false);
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    /** Paranoid from now on; what was lost before is reported (and left out) first. */
    static LeakCheck start() throws InterruptedException {
        LeakCheck c = new LeakCheck();
        c.leaks();
        return c;
    }

    /** The leaks reported since the last call (the canaries left out), once everything lost by now is collected. */
    List<String> leaks() throws InterruptedException {
        String canary = "hallq leak canary " + CANARIES.incrementAndGet();
        leakOne(canary);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (reports.stream().noneMatch(r -> r.contains(canary))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the leak detector did not report its canary in 30 s: is it on?");
            }
            System.gc();
            ByteBufAllocator.DEFAULT.buffer(1).release(); // a report is made when a buffer is tracked
            Thread.onSpinWait();
        }
        List<String> found = reports.stream().filter(r -> !r.contains("hallq leak canary")).toList();
        reports.clear();
        return found;
    }

    private static void leakOne(String hint) {
        ByteBuf b = ByteBufAllocator.DEFAULT.buffer(8);
        b.touch(hint);
    }

    @Override
    public void close() {
        ResourceLeakDetector.setLevel(before);
        logger.setAdditive(true);
        logger.detachAppender(appender);
        appender.stop();
    }
}
