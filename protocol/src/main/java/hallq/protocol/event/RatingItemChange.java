package hallq.protocol.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened to a 差评 work item in a {@code rating-item} event (issue 20): opened by a bad rating, or a step. */
public enum RatingItemChange {
    OPENED, STEPPED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RatingItemChange fromWire(String s) {
        for (RatingItemChange c : values()) {
            if (c.wire().equals(s)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown rating item change '" + s + "'");
    }
}
