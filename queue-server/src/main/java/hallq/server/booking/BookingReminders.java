package hallq.server.booking;

import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Zone;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * "Your booking is tomorrow" (contract section 9, issue 17): once a day from {@code sendAt} in the hall's time, a text
 * for each of tomorrow's bookings still booked that gave a phone number, in the citizen's words and never with the ID
 * number. Plain Java over the hall's clock; whoever calls {@link #due} sends the texts through the hall's
 * {@code SmsGateway} on a thread of its own (it may block on the network).
 */
public final class BookingReminders {
    /** A text to send. */
    public record Reminder(String code, String phone, String text, LocalDate day) {
    }

    private final HallConfig hall;
    private final Clock clock;
    private final ZoneId zoneId;
    private final LocalTime sendAt;
    private LocalDate sentFor;

    public BookingReminders(HallConfig hall, Clock clock, LocalTime sendAt) {
        this.hall = hall;
        this.clock = clock;
        this.zoneId = ZoneId.of(hall.hall().timezone());
        this.sendAt = sendAt;
    }

    /**
     * The reminders due now, each once: empty before {@code sendAt} and once today's have been handed out.
     * {@code bookingsOf} gives a day's bookings (the hall thread's {@code bookingsOf}).
     */
    public List<Reminder> due(Function<LocalDate, List<BookingRecord>> bookingsOf) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zoneId);
        LocalDate tomorrow = now.toLocalDate().plusDays(1);
        if (now.toLocalTime().isBefore(sendAt) || tomorrow.equals(sentFor)) {
            return List.of();
        }
        sentFor = tomorrow;
        List<Reminder> out = new ArrayList<>();
        for (BookingRecord b : bookingsOf.apply(tomorrow)) {
            if (b.state() == BookingState.BOOKED && b.phone() != null) {
                out.add(new Reminder(b.code(), b.phone(), text(b), b.day()));
            }
        }
        return out;
    }

    /** 【大厅】您预约了明天（11月24日）09:00-10:00 自然人服务区，预约号 12345678。... */
    String text(BookingRecord b) {
        String zone = hall.zone(b.zone()).map(Zone::name).orElse(b.zone());
        return "【" + hall.hall().name() + "】您预约了明天（" + b.day().getMonthValue() + "月" + b.day().getDayOfMonth()
                + "日）" + b.slot() + " " + zone + "，预约号 " + b.code() + "。请在时段开始前"
                + hall.policy().checkInEarlyMin() + "分钟至结束后" + hall.policy().checkInLateMin()
                + "分钟内到大厅取号机点“预约取号”。不能前来请用预约链接取消。";
    }
}
