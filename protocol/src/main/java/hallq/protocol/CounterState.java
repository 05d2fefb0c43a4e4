package hallq.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public enum CounterState {
    CLOSED, IDLE, CALLED, SERVING, PAUSED;

    @JsonValue
    public String wire() {
        return WireEnum.wire(this);
    }

    @JsonCreator
    public static CounterState fromWire(String s) {
        return WireEnum.parse(CounterState.class, s);
    }
}
