package hallq.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A matter's (事项) kind (issue 18): {@code instant} (即办件, done at the window, no case) or {@code promised}
 * (承诺件, accepted and done by the back office within its promised working days).
 */
public enum MatterKind {
    INSTANT, PROMISED;

    @JsonValue
    public String wire() {
        return WireEnum.wire(this);
    }

    @JsonCreator
    public static MatterKind fromWire(String s) {
        return WireEnum.parse(MatterKind.class, s);
    }
}
