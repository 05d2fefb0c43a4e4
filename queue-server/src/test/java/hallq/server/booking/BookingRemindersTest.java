package hallq.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.testkit.ManualClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Your booking is tomorrow": once a day from its hour, for tomorrow's booked bookings with a phone number. */
class BookingRemindersTest {
    private final ManualClock clock = ManualClock.shanghai("2026-11-23T08:00:00");
    private final Bookings bookings = new Bookings(BookingsTest.hall(), clock, List.of());
    private final BookingReminders reminders = new BookingReminders(BookingsTest.hall(), clock, LocalTime.of(18, 0));
    private final LocalDate tomorrow = LocalDate.parse("2026-11-24");

    @Test
    void tomorrowsBookedBookingsWithAPhoneGetOneTextOnceADayFromTheHour() {
        BookingRecord withPhone = bookings.book("natural", tomorrow, "09:00-10:00", "a", "13812345678");
        bookings.book("natural", tomorrow, "10:00-11:00", "b", null);
        BookingRecord cancelled = bookings.book("natural", tomorrow, "14:00-15:00", "c", "13912345678");
        bookings.cancel(cancelled.code(), cancelled.key());
        bookings.book("natural", LocalDate.parse("2026-11-25"), "09:00-10:00", "d", "13712345678");

        clock.advance(Duration.ofHours(9).plusMinutes(59)); // 17:59
        assertThat(reminders.due(bookings::ofDay)).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        List<BookingReminders.Reminder> due = reminders.due(bookings::ofDay);
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.phone()).isEqualTo("13812345678");
            assertThat(r.code()).isEqualTo(withPhone.code());
            assertThat(r.text()).isEqualTo("【测试大厅】您预约了明天（11月24日）09:00-10:00 自然人服务区，预约号 "
                    + withPhone.code() + "。请在时段开始前30分钟至结束后15分钟内到大厅取号机点“预约取号”。"
                    + "不能前来请用预约链接取消。");
        });
        assertThat(reminders.due(bookings::ofDay)).as("once a day").isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(reminders.due(bookings::ofDay)).extracting(BookingReminders.Reminder::phone)
                .containsExactly("13712345678");
    }
}
