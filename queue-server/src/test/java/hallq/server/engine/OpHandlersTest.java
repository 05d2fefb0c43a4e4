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

    @Test
    void eachOpIsAnsweredWithTheReplyTypeItsTypedRequestExpects() throws Exception {
        OpHandlers h = new OpHandlers(Halls.test(), ManualClock.shanghai("2026-11-23T09:00:00"),
                ZoneId.of("Asia/Shanghai"));
        int checked = 0;
        for (Class<?> c : hallq.protocol.message.Requests.class.getDeclaredClasses()) {
            if (!c.isRecord() || c == hallq.protocol.message.Requests.WindowAct.class) {
                continue;
            }
            java.lang.reflect.RecordComponent[] parts = c.getRecordComponents();
            Object[] nulls = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                nulls[i] = types[i] == int.class ? 0 : null;
            }
            hallq.protocol.message.Request<?> r = (hallq.protocol.message.Request<?>)
                    c.getDeclaredConstructor(types).newInstance(nulls);
            if (OpHandlers.ANSWERED_AT_THE_EDGE.contains(r.op())) {
                continue;
            }
            assertThat(h.replyType(r.op())).as(r.op().wire()).isEqualTo(r.replyType());
            checked++;
        }
        for (Op op : java.util.List.of(Op.CALL_NEXT, Op.RECALL, Op.START, Op.NO_SHOW)) {
            assertThat(h.replyType(op)).isEqualTo(new hallq.protocol.message.Requests.WindowAct(op).replyType());
        }
        assertThat(checked).isGreaterThan(10);
    }
}
