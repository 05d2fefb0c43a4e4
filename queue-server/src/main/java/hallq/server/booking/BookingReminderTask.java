package hallq.server.booking;

import hallq.server.engine.HallEngine;
import hallq.server.notify.PhoneNumbers;
import hallq.server.notify.SmsGateway;
import hallq.server.notify.TextMarks;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin shell of {@link BookingReminders}: once a minute, on a thread of its own, asks the hall thread which
 * reminders are due and sends them through the hall's {@link SmsGateway} (which may block on the network). A text
 * the gateway refuses is logged, the phone number masked, and not tried again.
 */
public final class BookingReminderTask implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BookingReminderTask.class);
    /** When the hall texts tomorrow's booked citizens. */
    public static final LocalTime SEND_AT = LocalTime.of(18, 0);

    private final HallEngine engine;
    private final SmsGateway sms;
    private final BookingReminders reminders;
    private ScheduledExecutorService timer;

    /** Marks of texts sent (phone2): a restart after 18:00 does not send that evening's again; null: none kept. */
    private final TextMarks marks;

    public BookingReminderTask(HallEngine engine, SmsGateway sms) {
        this(engine, sms, null);
    }

    public BookingReminderTask(HallEngine engine, SmsGateway sms, TextMarks marks) {
        this.engine = engine;
        this.sms = sms;
        this.marks = marks;
        this.reminders = new BookingReminders(engine.hall(), engine.clock(), SEND_AT);
    }

    public BookingReminderTask start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "booking-reminders");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tickQuietly, 1, 60, TimeUnit.SECONDS);
        return this;
    }

    /** One look: the reminders due now, sent; returns how many the gateway took. */
    public int tick() throws Exception {
        List<BookingReminders.Reminder> due = engine.query(q -> reminders.due(q::bookingsOf)).get(30, TimeUnit.SECONDS);
        int sent = 0;
        for (BookingReminders.Reminder r : due) {
            if (marks != null && !marks.first(new TextMarks.Mark(r.day(), TextMarks.Kind.REMINDER, r.code()))) {
                continue; // sent before a restart
            }
            try {
                sms.send(r.phone(), r.text());
                sent++;
            } catch (SmsGateway.SmsFailure e) {
                log.warn("booking reminder {} to {} not sent: {}", r.code(), PhoneNumbers.masked(r.phone()),
                        e.getMessage());
            }
        }
        if (!due.isEmpty()) {
            log.info("booking reminders: {} of {} sent", sent, due.size());
        }
        return sent;
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (Exception e) {
            log.warn("booking reminders: {}", e.toString()); // tried again in a minute
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
