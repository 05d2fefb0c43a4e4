package hallq.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Why a ticket is green-channel (issue 20): 老年人 (by age: the ID number's, or the citizen says so), 残疾人, 孕妇,
 * 其他. The kiosk's confirmation sends it as {@code issue}'s {@code greenReason}; statistics split by it.
 */
public enum GreenReason {
    ELDERLY, DISABLED, PREGNANT, OTHER;

    @JsonValue
    public String wire() {
        return WireEnum.wire(this);
    }

    @JsonCreator
    public static GreenReason fromWire(String s) {
        return WireEnum.parse(GreenReason.class, s);
    }

    /** The reason of that wire name, or empty: what the server reads a citizen's terminal's text with. */
    public static Optional<GreenReason> find(String s) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(s)).findFirst();
    }
}
