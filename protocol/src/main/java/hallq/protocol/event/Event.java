package hallq.protocol.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;

/**
 * One event as it travels: {@code {"event": kind, "seq": n, "at": time, ...data}} (contract section 4), the data's
 * fields beside the envelope's. {@code at} is kept as the server wrote it (the hall's offset, milliseconds).
 */
@JsonSerialize(using = EventJson.Writer.class)
@JsonDeserialize(using = EventJson.Reader.class)
public record Event(long seq, String at, EventData data) {

    /** The kind's wire name (also for an {@link EventData.Unknown} kind). */
    public String kindName() {
        return data instanceof EventData.Unknown u ? u.wire() : data.kind().wire();
    }

    public OffsetDateTime atTime() {
        return OffsetDateTime.parse(at);
    }
}
