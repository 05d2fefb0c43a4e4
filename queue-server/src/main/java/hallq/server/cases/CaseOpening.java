package hallq.server.cases;

import hallq.protocol.Outcome;
import java.time.LocalDate;
import java.util.List;

/**
 * What a window's {@code finish} says about the case it may open: the finished ticket, the window and its clerk, the
 * outcome and the case's details as the clerk gave them. {@code promisedDays}: the matter's promised working days
 * (承诺时限), or null; {@code previous}: the 补正 case this visit came back for, or null.
 */
public record CaseOpening(LocalDate day, String ticket, String zone, String counter, String clerk, Outcome outcome,
                          String matter, LocalDate dueDate, Integer promisedDays, List<String> missing,
                          List<String> waived, LocalDate waivedDue, String previous,
                          // cases2: the citizen's mobile number the ticket came with (a booking's), or null
                          String phone) {
    public CaseOpening {
        missing = missing == null ? List.of() : List.copyOf(missing);
        waived = waived == null ? List.of() : List.copyOf(waived);
    }

    public CaseOpening(LocalDate day, String ticket, String zone, String counter, String clerk, Outcome outcome,
                       String matter, LocalDate dueDate, Integer promisedDays, List<String> missing,
                       List<String> waived, LocalDate waivedDue, String previous) {
        this(day, ticket, zone, counter, clerk, outcome, matter, dueDate, promisedDays, missing, waived, waivedDue,
                previous, null);
    }
}
