package hallq.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The states of a 差评's work item (issue 20, the closed loop): 待核实 → 整改中 → 已整改 → 已回访, or from 待核实
 * 申诉 → 复核通过 (the rating leaves the window's figures) or 驳回 (then 整改中 as any other).
 */
public enum RectifyState {
    /** 待核实 */
    PENDING,
    /** 整改中 */
    RECTIFYING,
    /** 已整改 */
    RECTIFIED,
    /** 已回访 */
    VISITED,
    /** 申诉 (复核中) */
    APPEALED,
    /** 复核通过: the appeal is upheld, the rating does not count against the window */
    UPHELD,
    /** 驳回: the appeal is rejected, the rating stands and is rectified */
    REJECTED;

    @JsonValue
    public String wire() {
        return WireEnum.wire(this);
    }

    @JsonCreator
    public static RectifyState fromWire(String s) {
        return WireEnum.parse(RectifyState.class, s);
    }

    public static Optional<RectifyState> find(String s) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(s)).findFirst();
    }

    /** Nothing follows: 已回访, or 复核通过. */
    public boolean isFinal() {
        return this == VISITED || this == UPHELD;
    }

    /** The rectification is done (已整改, 已回访): what 整改率 counts. */
    public boolean isRectified() {
        return this == RECTIFIED || this == VISITED;
    }
}
