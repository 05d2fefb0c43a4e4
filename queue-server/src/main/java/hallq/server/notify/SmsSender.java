package hallq.server.notify;

import hallq.server.log.RefusalLog;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands messages to an {@link SmsGateway} on a thread of its own, so that whoever sends (the hall thread) never waits
 * for the platform: {@link #offer} only queues, and a full queue (the platform down or slow for long) drops the
 * message, counted and logged at most once a second. Failures are logged with the number masked, and counted.
 */
public final class SmsSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

    private record Message(String phone, String text, TextMarks.Mark mark) {
    }

    private final SmsGateway gateway;
    private final BlockingQueue<Message> queue;
    private final Thread thread;
    private final RefusalLog overflows = new RefusalLog();
    private final RefusalLog failures = new RefusalLog();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile boolean running = true;
    /** Where sent texts are marked (phone2, issue 17); none: every message offered is sent. */
    private volatile TextMarks marks;

    public SmsSender(SmsGateway gateway, int capacity) {
        this.gateway = gateway;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "sms-sender");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a message; false when the queue is full (then it is dropped). Never blocks. */
    public boolean offer(String phone, String text) {
        return offer(phone, text, null);
    }

    /** Marks sent texts in {@code m} from now on: a message offered with a mark already there is not sent again. */
    public SmsSender marks(TextMarks m) {
        this.marks = m;
        return this;
    }

    /**
     * Queues a message sent at most once for {@code mark} (checked and marked on the sender's thread, just before it
     * goes to the gateway); false when the queue is full.
     */
    public boolean offer(String phone, String text, TextMarks.Mark mark) {
        if (queue.offer(new Message(phone, text, mark))) {
            return true;
        }
        dropped.incrementAndGet();
        int held = overflows.admit();
        if (held >= 0) {
            log.warn("SMS to {} dropped: {} messages wait for the SMS platform already{}", PhoneNumbers.masked(phone),
                    queue.size(), RefusalLog.andMore(held));
        }
        return false;
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            Message m;
            try {
                m = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (m == null) {
                continue;
            }
            TextMarks marked = marks;
            if (m.mark() != null && marked != null && !marked.first(m.mark())) {
                skipped.incrementAndGet();
                log.info("a {} text for {} was sent before (a restart): not again", m.mark().kind(), m.mark().ref());
                continue;
            }
            try {
                gateway.send(m.phone(), m.text());
                sent.incrementAndGet();
            } catch (SmsGateway.SmsFailure e) {
                failed.incrementAndGet();
                int held = failures.admit();
                if (held >= 0) {
                    log.warn("SMS to {} not sent: {}{}", PhoneNumbers.masked(m.phone()), e.getMessage(),
                            RefusalLog.andMore(held));
                }
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                log.error("SMS to {} failed", PhoneNumbers.masked(m.phone()), e);
            }
        }
    }

    public long sent() {
        return sent.get();
    }

    public long failed() {
        return failed.get();
    }

    public long dropped() {
        return dropped.get();
    }

    /** Messages not sent because their mark said they had gone before. */
    public long skipped() {
        return skipped.get();
    }

    /** Sends what is queued already (for at most 5 s), then stops. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
        if (thread.isAlive()) {
            thread.interrupt();
        }
    }

    /** The gateway the hall file chooses: its SMS platform when it has an {@code sms:} block, else the log. */
    public static SmsSender of(hallq.protocol.hall.HallConfig hall) {
        return hall.sms() == null ? new SmsSender(new LoggedSms(), 1000)
                : new SmsSender(new HttpSms(hall.sms()), hall.sms().queue());
    }

    /** The gateway behind it (for tests and the log line at start). */
    public SmsGateway gateway() {
        return gateway;
    }
}
