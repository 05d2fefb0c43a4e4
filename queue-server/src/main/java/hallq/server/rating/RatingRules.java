package hallq.server.rating;

import hallq.protocol.ErrorCode;
import hallq.protocol.GreenReason;
import hallq.protocol.RatingReason;
import hallq.server.queue.HallException;
import hallq.server.queue.RatingEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Issue 20's checks of what a kiosk or a pad sent, before anything changes: the green channel's reason, a rating's
 * reasons and its matter ("一次一评、一事一评": one rating per matter of a visit). A refusal names what is allowed,
 * never echoes what was sent.
 */
public final class RatingRules {
    /** The most ratings one ticket takes: a visit handles a few matters, never dozens. */
    public static final int MAX_RATINGS = 10;

    private RatingRules() {
    }

    /**
     * Why a ticket is green: the reason the kiosk sent, or 老年人 when the ID number's age made it green and none was
     * sent; null for a ticket that is not green or whose kiosk said nothing (an older kiosk).
     */
    public static GreenReason greenReason(boolean green, boolean byAge, String given) {
        if (given == null) {
            return green && byAge ? GreenReason.ELDERLY : null;
        }
        GreenReason r = GreenReason.find(given).orElseThrow(() -> new HallException(ErrorCode.BAD_REQUEST,
                "GREEN_REASON", "'greenReason' must be one of " + wires(GreenReason.values())));
        if (!green) {
            throw new HallException(ErrorCode.BAD_REQUEST, "GREEN_REASON",
                    "'greenReason' goes only with a green-channel ticket");
        }
        return r;
    }

    /** A rating's reasons, in the order given; only a 1 or a 2 has any, each reason at most once. */
    public static List<RatingReason> reasons(int level, List<String> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (level > RatingReason.BAD_UP_TO) {
            throw new HallException(ErrorCode.BAD_REQUEST, "REASONS_NOT_BAD",
                    "'reasons' go only with a level of 1 (非常不满意) or 2 (不满意)");
        }
        List<RatingReason> out = new ArrayList<>();
        for (String g : given) {
            RatingReason r = RatingReason.find(g).orElseThrow(() -> new HallException(ErrorCode.BAD_REQUEST,
                    "RATING_REASON", "'reasons' must each be one of " + wires(RatingReason.values())));
            if (out.contains(r)) {
                throw new HallException(ErrorCode.BAD_REQUEST, "RATING_REASON", "'reasons' names "
                        + r.wire() + " twice");
            }
            out.add(r);
        }
        return out;
    }

    /**
     * Refuses a second rating of the same matter of a ticket: with a matter, each matter once; without one, the
     * ticket as a whole once, and never beside ratings of its matters.
     */
    public static void checkNotRated(String number, List<RatingEntry> rated, String matter) {
        boolean whole = rated.stream().anyMatch(r -> r.matter() == null);
        if (whole || (matter == null && !rated.isEmpty())) {
            throw new HallException(ErrorCode.CONFLICT, "ALREADY_RATED", number + " has been rated already");
        }
        if (rated.stream().anyMatch(r -> Objects.equals(r.matter(), matter))) {
            throw new HallException(ErrorCode.CONFLICT, "ALREADY_RATED",
                    "this matter of " + number + " has been rated already (一事一评)");
        }
        if (rated.size() >= MAX_RATINGS) {
            throw new HallException(ErrorCode.CONFLICT, "TOO_MANY_RATINGS",
                    number + " has " + MAX_RATINGS + " ratings already");
        }
    }

    /** The matter's code as given (the matters catalogue, issue 18, is not checked against yet), or null. */
    public static String matter(String given) {
        if (given != null && given.isBlank()) {
            throw new HallException(ErrorCode.BAD_REQUEST, "MATTER", "'matter' is a matter's code, not empty");
        }
        return given;
    }

    /** A rating's id: {@code day/number} for a whole ticket, {@code day/number/matter} for one matter of it. */
    public static String itemId(java.time.LocalDate day, String number, String matter) {
        return day + "/" + number + (matter == null ? "" : "/" + matter);
    }

    private static String wires(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v instanceof GreenReason g ? g.wire() : ((RatingReason) v).wire())
                .collect(Collectors.joining(", "));
    }
}
