package hallq.protocol.calendar;

import hallq.protocol.hall.HallCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Working days of a hall (contract section 10): Monday to Friday, less the public holidays, plus the 调休 make-up
 * working days, as the hall file's {@code calendar:} lists them. A promised 承诺件 of N working days is due on the Nth
 * working day after the day it was accepted ({@link #addWorkingDays}); the day of acceptance itself does not count,
 * as the halls' own rules count 承诺时限 from the day after 受理. Plain Java; the server and the terminals judge alike.
 */
public final class WorkingDays {
    /** The longest range one calendar line may span: a holiday is days, not years (a typo guard). */
    private static final int LONGEST_RANGE = 31;

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    private WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
    }

    /** Monday to Friday, no holidays. */
    public static final WorkingDays WEEKDAYS = new WorkingDays(Set.of(), Set.of());

    /**
     * The calendar of a hall file; an {@link IllegalArgumentException} naming the bad line when a date or range does
     * not read, or a day is listed both as a holiday and as a working day.
     */
    public static WorkingDays of(HallCalendar calendar) {
        if (calendar == null) {
            return WEEKDAYS;
        }
        Set<LocalDate> off = dates("holidays", calendar.holidays());
        Set<LocalDate> on = dates("workdays", calendar.workdays());
        for (LocalDate d : on) {
            if (off.contains(d)) {
                throw new IllegalArgumentException("calendar: " + d + " is both a holiday and a working day");
            }
        }
        return new WorkingDays(off, on);
    }

    private static Set<LocalDate> dates(String field, List<String> lines) {
        Set<LocalDate> out = new HashSet<>();
        for (String line : lines) {
            String s = line == null ? "" : line.strip();
            try {
                int dots = s.indexOf("..");
                LocalDate from = LocalDate.parse(dots < 0 ? s : s.substring(0, dots).strip());
                LocalDate to = dots < 0 ? from : LocalDate.parse(s.substring(dots + 2).strip());
                if (to.isBefore(from) || from.plusDays(LONGEST_RANGE).isBefore(to)) {
                    throw new IllegalArgumentException("calendar." + field + ": '" + clip(s)
                            + "' is not a range of 1 to " + LONGEST_RANGE + " days");
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    out.add(d);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("calendar." + field + ": '" + clip(s)
                        + "' is not YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD");
            }
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    public boolean isWorkingDay(LocalDate d) {
        if (workdays.contains(d)) {
            return true;
        }
        if (holidays.contains(d)) {
            return false;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th working day after {@code from} ({@code from} itself for 0); {@code n} is not negative. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + n);
        }
        LocalDate d = from;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Working days after {@code from} up to and including {@code to}: the inverse of {@link #addWorkingDays}, so
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}; negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
