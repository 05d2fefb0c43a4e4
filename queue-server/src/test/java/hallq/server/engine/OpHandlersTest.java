package hallq.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hallq.protocol.Op;
import hallq.server.queue.Halls;
import hallq.testkit.ManualClock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OpHandlersTest {
    @Test
    void everyOpHasAHandlerUnlessTheEdgeAnswersIt() {
        OpHandlers h = new OpHandlers(Halls.test(), ManualClock.shanghai("2026-11-23T09:00:00"),
                ZoneId.of("Asia/Shanghai")); // throws when an op has no handler
        for (Op op : OpHandlers.ANSWERED_AT_THE_EDGE) {
            assertThatThrownBy(() -> h.run(op, null, null, null, null)).isInstanceOf(hallq.server.queue.HallException.class)
                    .hasFieldOrPropertyWithValue("code", hallq.protocol.ErrorCode.UNKNOWN_OP);
        }
        assertThat(OpHandlers.ANSWERED_AT_THE_EDGE).containsExactlyInAnyOrder(Op.HELLO, Op.PING, Op.STATS);
    }
}
