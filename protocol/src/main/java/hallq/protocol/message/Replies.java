package hallq.protocol.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import hallq.protocol.CaseView;
import hallq.protocol.ClerkRef;
import hallq.protocol.Snapshot;
import hallq.protocol.TicketView;
import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallConfig;
import hallq.protocol.hall.Matter;
import hallq.protocol.hall.Role;
import java.util.List;

/** What an {@code ok} reply carries, per kind of op (the {@code re} and {@code ok} fields aside). */
public final class Replies {
    private Replies() {
    }

    /** Nothing but {@code ok}. */
    public record Done() {
    }

    /**
     * The hello's answer: the device's role, the device itself without its token, the hall file without secrets, the
     * hall now as this device may see it, and the event counter that snapshot is at.
     */
    public record Welcome(@JsonProperty(required = true) Role role,
                          Device device,
                          @JsonProperty(required = true) HallConfig hall,
                          @JsonProperty(required = true) Snapshot snapshot,
                          @JsonProperty(required = true) long seq) {
    }

    /** A ticket issued, with its private link's key (contract section 8): for the kiosk that prints it. */
    public record Issued(@JsonProperty(required = true) TicketView ticket, @JsonProperty(required = true) String key) {
    }

    /** A window op's ticket; {@code null} for a {@code call-next} when nobody waits. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TicketReply(@JsonProperty(required = true) TicketView ticket,
                              // cases (issue 18): the case a finish opened, with its key for the receipt; else absent
                              @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("case") CaseView caseView) {
        public TicketReply(TicketView ticket) {
            this(ticket, null);
        }
    }

    public record LoggedIn(@JsonProperty(required = true) ClerkRef clerk) {
    }

    /** The numbers of today's no-show tickets of this window's zones, for a requeue. */
    public record NoShows(@JsonProperty(required = true) List<String> tickets) {
    }

    public record SnapshotReply(@JsonProperty(required = true) Snapshot snapshot,
                                @JsonProperty(required = true) long seq) {
    }

    // ---- cases (issue 18) ----------------------------------------------------------------------------------

    /** A case as it is after a back-office change. */
    public record CaseReply(@JsonProperty(value = "case", required = true) CaseView caseView) {
    }

    // ---- cases2 (issue 18) ---------------------------------------------------------------------------------

    /** The matters (事项) asked for, in the catalogue's order, each with its pinyin initials. */
    public record MattersReply(@JsonProperty(required = true) List<Matter> matters) {
    }

    /** The 待通知 list, oldest first: each case (no key) with the number to call (null: none given) and its matter. */
    public record CaseCalls(@JsonProperty(required = true) List<CaseCall> calls) {
    }

    public record CaseCall(@JsonProperty(value = "case", required = true) CaseView caseView, String phone,
                           String matterName) {
    }

    // ---- rating (issue 20) ---------------------------------------------------------------------------------

    /** The 差评 work items, oldest due first, and the hall's business day they were judged overdue on. */
    public record RatingItemList(@JsonProperty(required = true) List<hallq.protocol.RectifyItem> items,
                                 @JsonProperty(required = true) String today) {
    }

    /** A work item as it is after a step. */
    public record RatingItemReply(@JsonProperty(required = true) hallq.protocol.RectifyItem item) {
    }
}
