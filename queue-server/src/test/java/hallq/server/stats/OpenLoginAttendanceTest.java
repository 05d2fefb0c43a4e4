package hallq.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.calendar.WorkingDays;
import hallq.protocol.stats.Appraisal;
import hallq.protocol.stats.Appraisal.ClerkAppraisal;
import hallq.server.queue.HallQueue;
import hallq.server.queue.Halls;
import hallq.server.queue.RestoredHall;
import hallq.server.store.JournaledStore;
import hallq.testkit.ManualClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attendance (issue 20): a login still open counts up to the present moment, clipped to the hall's hours as a
 * closed one is, so today's attendance is not zero while the clerk is at the window; an open login has not left
 * early. The hall of {@link MonthlyAppraisalTest} (09:00–12:00, 13:00–17:00; 国庆), a hand-moved clock.
 */
class OpenLoginAttendanceTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final ZoneId TZ = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path data;

    private static Appraisal month(JournaledStore store, Instant now) throws Exception {
        Instant start = OCTOBER.atDay(1).atStartOfDay(TZ).toInstant();
        Instant end = OCTOBER.atEndOfMonth().plusDays(1).atStartOfDay(TZ).toInstant();
        LocalDate from = OCTOBER.atDay(1);
        LocalDate to = OCTOBER.atEndOfMonth();
        return MonthlyAppraisal.of(MonthlyAppraisalTest.HALL, OCTOBER,
                WorkingDays.of(MonthlyAppraisalTest.HALL.calendar()), store.database().tickets(from, to),
                store.database().pauses(start, end),
                now == null ? store.database().sessions(start, end) : store.database().sessions(start, end, now),
                store.database().ratingItems(from, to));
    }

    private static ClerkAppraisal zhang(Appraisal a) {
        return a.clerks().stream().filter(c -> c.id().equals("1001")).findFirst().orElseThrow();
    }

    @Test
    void aLoginStillOpenCountsUpToNowWithinTheHours() throws Exception {
        ManualClock clock = ManualClock.shanghai("2026-10-08T08:50:00");
        try (JournaledStore store = JournaledStore.open(data)) {
            HallQueue hall = new HallQueue(MonthlyAppraisalTest.HALL, clock, Halls.hasher(), RestoredHall.EMPTY);
            hall.login("1", "1001", "4821"); // before opening: from 09:00
            store.commit(hall.takeEffects(), List.of(), hall.seq(), null);

            clock.set(ManualClock.shanghai("2026-10-08T10:30:00").instant());
            assertThat(zhang(month(store, null)).minutesIn()).as("left out when the present is not given").isZero();
            ClerkAppraisal now = zhang(month(store, clock.instant()));
            // 09:00–10:30: 90 minutes; one day present, in time, not (yet) early
            assertThat(now.minutesIn()).isEqualTo(90);
            assertThat(now.daysPresent()).isEqualTo(1);
            assertThat(now.lateDays()).isZero();
            assertThat(now.earlyDays()).as("still at the window: not gone early").isZero();

            clock.set(ManualClock.shanghai("2026-10-08T14:00:00").instant());
            // 09:00–12:00 and 13:00–14:00, the lunch break left out: 180 + 60
            assertThat(zhang(month(store, clock.instant())).minutesIn()).isEqualTo(240);

            clock.set(ManualClock.shanghai("2026-10-08T19:00:00").instant());
            // past closing: clipped to 17:00, 180 + 240
            assertThat(zhang(month(store, clock.instant())).minutesIn()).isEqualTo(420);

            hall.logout("1"); // at 19:00: the same minutes, closed
            store.commit(hall.takeEffects(), List.of(), hall.seq(), null);
            assertThat(zhang(month(store, clock.instant())).minutesIn()).isEqualTo(420);
            assertThat(zhang(month(store, null)).minutesIn()).isEqualTo(420);
        }
    }
}
