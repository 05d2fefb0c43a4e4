package hallq.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A zone's queue after a change of it. */
public record QueueChanged(@JsonProperty(required = true) String zone,
                           @JsonProperty(required = true) int waiting,
                           int greenWaiting,
                           int longestWaitSec) implements EventData {
    @Override
    public EventKind kind() {
        return EventKind.QUEUE;
    }
}
