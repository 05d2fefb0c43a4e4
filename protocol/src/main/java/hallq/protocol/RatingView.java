package hallq.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One rating of a ticket as the wire shows it (issue 20, "一次一评、一事一评"): the matter it rates (null for the
 * ticket as a whole), its level 1..5, the citizen's reasons of a 1 or 2 (maybe none) and when.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RatingView(String matter, int level, List<RatingReason> reasons, String ratedAt) {
    public RatingView {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
