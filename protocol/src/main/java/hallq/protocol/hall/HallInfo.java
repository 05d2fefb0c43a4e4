package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The {@code hall:} block: identity, time zone of the business day, opening hours. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HallInfo(String id, String name, String nameEn, String timezone, List<String> hours) {
    public HallInfo {
        hours = hours == null ? List.of() : List.copyOf(hours);
    }
}
