package hallq.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import hallq.protocol.CounterView;

/** A window after a change of it: its state, ticket and clerk. */
public record CounterChanged(@JsonProperty(required = true) CounterView counter) implements EventData {
    @Override
    public EventKind kind() {
        return EventKind.COUNTER;
    }
}
