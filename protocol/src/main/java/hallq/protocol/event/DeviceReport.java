package hallq.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A fault: a terminal's report (printer out of paper, ...) or the hall's own ({@code LOGIN_LOCKED},
 * {@code JOURNAL_SET_ASIDE}); managers only.
 */
public record DeviceReport(@JsonProperty(required = true) String device,
                           String role,
                           @JsonProperty(required = true) String fault,
                           String message) implements EventData {
    @Override
    public EventKind kind() {
        return EventKind.DEVICE;
    }
}
