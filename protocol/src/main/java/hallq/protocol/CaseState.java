package hallq.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A case's state (contract section 10): {@code accepted} (承诺件, in the back office) → {@code ready} (办结待取) or
 * {@code returned} (退件) → {@code collected} or {@code mailed}; {@code incomplete} (补正) → {@code closed} by a later
 * visit that names it.
 */
public enum CaseState {
    ACCEPTED, INCOMPLETE, READY, RETURNED, COLLECTED, MAILED, CLOSED;

    /** Whether nothing more happens to it: the live hall lets go of it. */
    public boolean isFinal() {
        return this == COLLECTED || this == MAILED || this == CLOSED;
    }

    @JsonValue
    public String wire() {
        return WireEnum.wire(this);
    }

    @JsonCreator
    public static CaseState fromWire(String s) {
        return WireEnum.parse(CaseState.class, s);
    }
}
