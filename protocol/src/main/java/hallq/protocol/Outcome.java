package hallq.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a matter ended at the window: 即办件办结, 承诺件受理, 补正告知, 不予受理, 咨询. */
public enum Outcome {
    DONE, ACCEPTED, INCOMPLETE, REJECTED, CONSULT;

    @JsonValue
    public String wire() {
        return WireEnum.wire(this);
    }

    @JsonCreator
    public static Outcome fromWire(String s) {
        return WireEnum.parse(Outcome.class, s);
    }
}
