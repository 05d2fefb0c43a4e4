package hallq.server.followup;

import java.time.Instant;
import java.time.LocalDate;

/** The hall's follow-up of one 差评 (整改, 回访): what was done, when, by which manager device. */
public record FollowUp(LocalDate day, String number, String note, Instant at, String by) {
}
