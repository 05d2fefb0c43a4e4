package hallq.server.booking;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A booking on the wire (contract section 9): {@code {code, zone, day, slot, state}}, and its ticket once checked in. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingView(String code, String zone, String day, String slot, String state, String ticket) {
}
