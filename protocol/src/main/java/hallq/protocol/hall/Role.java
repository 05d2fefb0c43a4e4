package hallq.protocol.hall;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum Role {
    KIOSK, COUNTER, DISPLAY, MANAGER,
    /** The back office of cases (issue 18): marks cases ready, returned or mailed, in its {@code zones} or all. */
    BACKOFFICE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role fromWire(String s) {
        for (Role r : values()) {
            if (r.wire().equals(s)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + s + "' (kiosk, counter, display, manager, backoffice)");
    }
}
