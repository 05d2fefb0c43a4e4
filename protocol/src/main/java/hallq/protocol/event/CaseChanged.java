package hallq.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import hallq.protocol.CaseView;

/** A case opened or changed (contract section 10): for managers and back-office devices only, without its key. */
public record CaseChanged(@JsonProperty(value = "case", required = true) CaseView caseView,
                          @JsonProperty(required = true) CaseChange change) implements EventData {
    @Override
    public EventKind kind() {
        return EventKind.CASE;
    }
}
