package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The hall file's {@code calendar:} block (contract section 10): the public holidays and the 调休 make-up working
 * days (a Saturday or Sunday worked in exchange), each a date {@code YYYY-MM-DD} or a range
 * {@code YYYY-MM-DD..YYYY-MM-DD}. Any other day is a working day from Monday to Friday. Read by
 * {@link hallq.protocol.calendar.WorkingDays}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HallCalendar(List<String> holidays, List<String> workdays) {
    public static final HallCalendar NONE = new HallCalendar(null, null);

    public HallCalendar {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
    }
}
