package hallq.server.rating;

import hallq.protocol.ErrorCode;
import hallq.protocol.matters.MatterCatalogue;
import hallq.server.queue.HallException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rating (issue 20, 一次一评、一事一评): the matters a visit handled, as its finish names them: the case's matter
 * first, then the others, each once; and the check that a rating of one matter names one of them. Refusals come
 * before anything changes and never echo what was sent.
 */
public final class VisitMatters {
    /** The most matters one visit handles (as many as a ticket takes ratings). */
    public static final int MAX = RatingRules.MAX_RATINGS;
    /** The longest matter code kept. */
    public static final int MAX_CODE = 64;

    private VisitMatters() {
    }

    /**
     * The visit's matters: {@code caseMatter} (or none) then {@code others}, duplicates dropped; each must be a
     * matter of {@code catalogue} when the hall has one ({@code UNKNOWN_MATTER}), at most {@link #MAX} in all.
     */
    public static List<String> of(String caseMatter, List<String> others, MatterCatalogue catalogue) {
        if (others == null || others.isEmpty()) {
            return caseMatter == null ? List.of() : List.of(caseMatter);
        }
        List<String> out = new ArrayList<>();
        if (caseMatter != null) {
            out.add(caseMatter);
        }
        for (String code : others) {
            if (code == null || code.isBlank() || code.length() > MAX_CODE) {
                throw new HallException(ErrorCode.BAD_REQUEST, "MATTER",
                        "'matters' are matter codes of 1 to " + MAX_CODE + " characters");
            }
            checkKnown(catalogue, code);
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        if (out.size() > MAX) {
            throw new HallException(ErrorCode.BAD_REQUEST, "TOO_MANY_MATTERS",
                    "a visit handles at most " + MAX + " matters");
        }
        return List.copyOf(out);
    }

    /** In a hall with a catalogue (cases2) a matter's code is one of its matters ({@code UNKNOWN_MATTER}). */
    public static void checkKnown(MatterCatalogue catalogue, String code) {
        if (code != null && !catalogue.isEmpty() && catalogue.byCode(code).isEmpty()) {
            throw new HallException(ErrorCode.BAD_REQUEST, "UNKNOWN_MATTER", "no matter (事项) of this hall has that code");
        }
    }

    /** A rating of one matter of a visit that has matters names one of them ({@code NOT_A_MATTER_OF_THE_VISIT}). */
    public static void checkRated(List<String> visit, String matter) {
        if (matter != null && !visit.isEmpty() && !visit.contains(matter)) {
            throw new HallException(ErrorCode.BAD_REQUEST, "NOT_A_MATTER_OF_THE_VISIT",
                    "the matter rated is not one of the matters handled in this visit");
        }
    }
}
