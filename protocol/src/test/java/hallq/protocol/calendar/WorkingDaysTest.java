package hallq.protocol.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.hall.HallCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    /** 2026 as the 国务院办公厅 notice of 2025-11-04 sets it (the demo hall's calendar). */
    private static final WorkingDays Y2026 = WorkingDays.of(new HallCalendar(
            List.of("2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
                    "2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
                    "2026-10-01..2026-10-07"),
            List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")));

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void theSpringFestivalWeekIsOffAndItsMakeUpSaturdaysAreWorked() {
        assertThat(Y2026.isWorkingDay(d("2026-02-13"))).isTrue();  // Friday before
        assertThat(Y2026.isWorkingDay(d("2026-02-14"))).isTrue();  // Saturday, 调休 worked
        for (LocalDate x = d("2026-02-15"); !x.isAfter(d("2026-02-23")); x = x.plusDays(1)) {
            assertThat(Y2026.isWorkingDay(x)).as(x.toString()).isFalse();
        }
        assertThat(Y2026.isWorkingDay(d("2026-02-24"))).isTrue();
        assertThat(Y2026.isWorkingDay(d("2026-02-28"))).isTrue();  // Saturday, 调休 worked
        assertThat(Y2026.isWorkingDay(d("2026-03-01"))).isFalse(); // an ordinary Sunday
    }

    @Test
    void addingWorkingDaysStepsOverTheHolidayAndCountsTheMakeUpDay() {
        // accepted Thu 02-12; working days after it: Fri 13, Sat 14 (调休), then 15..23 off, Tue 24, Wed 25
        assertThat(Y2026.addWorkingDays(d("2026-02-12"), 1)).isEqualTo(d("2026-02-13"));
        assertThat(Y2026.addWorkingDays(d("2026-02-12"), 2)).isEqualTo(d("2026-02-14"));
        assertThat(Y2026.addWorkingDays(d("2026-02-12"), 3)).isEqualTo(d("2026-02-24"));
        assertThat(Y2026.addWorkingDays(d("2026-02-12"), 4)).isEqualTo(d("2026-02-25"));
        // the same days with no calendar: Fri 13, Mon 16, Tue 17, Wed 18
        assertThat(WorkingDays.WEEKDAYS.addWorkingDays(d("2026-02-12"), 4)).isEqualTo(d("2026-02-18"));
        assertThat(Y2026.addWorkingDays(d("2026-02-12"), 0)).isEqualTo(d("2026-02-12"));
    }

    @Test
    void theNationalDayWeekWithItsSundayBeforeAndSaturdayAfter() {
        // accepted Fri 09-18: Sun 20 (调休), Mon 21, Tue 22, Wed 23, Thu 24, then 25..27 and 10-01..07 off,
        // Mon 28, Tue 29, Wed 30, Thu 10-08, Fri 10-09, Sat 10-10 (调休)
        assertThat(Y2026.addWorkingDays(d("2026-09-18"), 1)).isEqualTo(d("2026-09-20"));
        assertThat(Y2026.addWorkingDays(d("2026-09-18"), 5)).isEqualTo(d("2026-09-24"));
        assertThat(Y2026.addWorkingDays(d("2026-09-18"), 6)).isEqualTo(d("2026-09-28"));
        assertThat(Y2026.addWorkingDays(d("2026-09-18"), 9)).isEqualTo(d("2026-10-08"));
        assertThat(Y2026.addWorkingDays(d("2026-09-18"), 11)).isEqualTo(d("2026-10-10"));
        assertThat(Y2026.workingDaysBetween(d("2026-09-18"), d("2026-10-10"))).isEqualTo(11);
    }

    @Test
    void acrossTheYearsEnd() {
        // Wed 2025-12-31 is no holiday here; 2026-01-01..03 are, Sun 01-04 is worked
        assertThat(Y2026.addWorkingDays(d("2025-12-30"), 1)).isEqualTo(d("2025-12-31"));
        assertThat(Y2026.addWorkingDays(d("2025-12-30"), 2)).isEqualTo(d("2026-01-04"));
        assertThat(Y2026.addWorkingDays(d("2025-12-30"), 3)).isEqualTo(d("2026-01-05"));
        // Thu 2026-12-31 → Fri 2027-01-01 (no 2027 calendar: a weekday), Mon 01-04
        assertThat(Y2026.addWorkingDays(d("2026-12-31"), 2)).isEqualTo(d("2027-01-04"));
    }

    @Test
    void betweenIsTheInverseOfAddAndNegativeBackwards() {
        LocalDate from = d("2026-01-20");
        for (int n = 0; n < 400; n += 7) {
            assertThat(Y2026.workingDaysBetween(from, Y2026.addWorkingDays(from, n))).isEqualTo(n);
        }
        assertThat(Y2026.workingDaysBetween(d("2026-02-25"), d("2026-02-12"))).isEqualTo(-4);
        assertThat(Y2026.workingDaysBetween(d("2026-02-16"), d("2026-02-23"))).isZero();
    }

    @Test
    void aBadCalendarLineIsNamed() {
        assertThatThrownBy(() -> WorkingDays.of(new HallCalendar(List.of("2026-13-01"), null)))
                .hasMessageContaining("calendar.holidays").hasMessageContaining("2026-13-01");
        assertThatThrownBy(() -> WorkingDays.of(new HallCalendar(List.of("2026-02-23..2026-02-15"), null)))
                .hasMessageContaining("not a range");
        assertThatThrownBy(() -> WorkingDays.of(new HallCalendar(List.of("2026-01-01..2026-12-31"), null)))
                .hasMessageContaining("not a range");
        assertThatThrownBy(() -> WorkingDays.of(new HallCalendar(List.of("2026-02-14"), List.of("2026-02-14"))))
                .hasMessageContaining("both a holiday and a working day");
        assertThatThrownBy(() -> Y2026.addWorkingDays(d("2026-02-14"), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
