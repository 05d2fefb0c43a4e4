package hallq.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Why a citizen rated 不满意 or 非常不满意 (issue 20), as the national 好差评 system asks: 服务态度, 办事效率, 业务水平,
 * 一次性告知不清, 等候时间长, 其他. Sent in {@code rate}'s {@code reasons}, only with a level of 1 or 2.
 */
public enum RatingReason {
    /** 服务态度 */
    ATTITUDE,
    /** 办事效率 */
    EFFICIENCY,
    /** 业务水平 */
    COMPETENCE,
    /** 一次性告知不清 */
    UNCLEAR,
    /** 等候时间长 */
    WAIT,
    /** 其他 */
    OTHER;

    /** The highest level that may carry reasons: 2, 不满意. */
    public static final int BAD_UP_TO = 2;

    @JsonValue
    public String wire() {
        return WireEnum.wire(this);
    }

    @JsonCreator
    public static RatingReason fromWire(String s) {
        return WireEnum.parse(RatingReason.class, s);
    }

    public static Optional<RatingReason> find(String s) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(s)).findFirst();
    }
}
