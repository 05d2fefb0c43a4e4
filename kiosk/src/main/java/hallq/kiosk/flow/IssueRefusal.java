package hallq.kiosk.flow;

import hallq.kiosk.i18n.Msg;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.message.Refused;

/**
 * Turns the server's refusal of an {@code issue} or a {@code check-in} into words for the citizen. Keyed on the stable
 * {@link Refused#reason()} (and {@link Refused#code()} where no reason is given), never on the English message.
 */
final class IssueRefusal {

    private IssueRefusal() {
    }

    static Msg message(Refused refused, HallConfig hall, ZoneTile zone) {
        String reason = refused.reason() == null ? "" : refused.reason();
        switch (reason) {
            case "HOURS":
                return hall.hall().hours().isEmpty() ? Msg.of("notice.closed")
                        : Msg.of("notice.closed.hours", String.join(", ", hall.hall().hours()));
            case "DAILY_CAP":
                return Msg.of("notice.dailyCap", zone.name());
            case "PERSON_DAILY_LIMIT":
                return Msg.of("notice.personLimit", zone.name(), hall.policy().perPersonDaily());
            case "ID_CHECK":
                return Msg.of("id.problem.check");
            case "ID_FORMAT":
                return Msg.of("id.problem.format");
            case "UNKNOWN_ZONE":
                return Msg.of("notice.unknownZone");
            // a booking's check-in (contract section 9)
            case "TOO_EARLY":
                return Msg.of("notice.booking.early", hall.policy().checkInEarlyMin());
            case "TOO_LATE":
                return Msg.of("notice.booking.late");
            case "NO_BOOKING":
            case "UNKNOWN_CODE":
            case "CANCELLED":
                return Msg.of("notice.booking.none");
            case "CHECKED_IN":
                return Msg.of("notice.booking.checkedIn");
            // a case's pickup (contract section 10)
            case "NOT_READY":
                return Msg.of("notice.case.notReady");
            case "UNKNOWN_CASE":
            case "CASE_STATE":
                return Msg.of("notice.case.unknown");
            default:
                break;
        }
        if (refused.code() == null) {
            return Msg.of("notice.internal");
        }
        return switch (refused.code()) {
            case CLOSED -> Msg.of("notice.closed");
            case RATE_LIMITED -> Msg.of("notice.rateLimited");
            default -> Msg.of("notice.internal"); // INTERNAL, STORAGE, and anything a citizen cannot act on
        };
    }
}
