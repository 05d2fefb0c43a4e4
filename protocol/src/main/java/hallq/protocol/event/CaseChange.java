package hallq.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened to a case in a {@code case} event (contract section 10). */
public enum CaseChange {
    OPENED, READY, RETURNED, COLLECTED, MAILED, CLOSED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CaseChange fromWire(String s) {
        for (CaseChange c : values()) {
            if (c.wire().equals(s)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown case change '" + s + "'");
    }
}
