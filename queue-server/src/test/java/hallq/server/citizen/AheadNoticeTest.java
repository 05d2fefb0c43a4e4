package hallq.server.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import hallq.protocol.Announce;
import hallq.protocol.CounterRef;
import hallq.protocol.TicketState;
import hallq.server.citizen.AheadNotice.Sent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AheadNoticeTest {
    private static final CounterRef WINDOW_3 = new CounterRef("3", "3号窗口", "Window 3");

    private static TicketStatus waiting(int ahead) {
        return new TicketStatus("A007", "2026-12-04", "legal", "法人服务区", null, TicketState.WAITING, ahead, ahead * 300,
                null, null, null, null);
    }

    private static TicketStatus called() {
        return new TicketStatus("A007", "2026-12-04", "legal", "法人服务区", null, TicketState.CALLED, null, null,
                WINDOW_3, Announce.of("A007", WINDOW_3), null, null);
    }

    @Test
    void onceWhenTheTurnComesNearThenOnceAtTheCall() {
        assertThat(AheadNotice.due(waiting(5), Sent.NOTHING, 3)).isEmpty();
        assertThat(AheadNotice.due(waiting(4), Sent.NOTHING, 3)).isEmpty();
        Optional<AheadNotice.Text> near = AheadNotice.due(waiting(3), Sent.NOTHING, 3);
        assertThat(near).isPresent();
        assertThat(near.get().text()).isEqualTo("【政务服务大厅】您的A007号前面还有3人，请回到大厅留意叫号。");
        Sent afterNear = near.get().after();
        assertThat(AheadNotice.due(waiting(2), afterNear, 3)).as("not again as it moves up").isEmpty();
        assertThat(AheadNotice.due(waiting(0), afterNear, 3)).isEmpty();

        Optional<AheadNotice.Text> call = AheadNotice.due(called(), afterNear, 3);
        assertThat(call.map(AheadNotice.Text::text)).hasValue("【政务服务大厅】请A007号到3号窗口办理。");
        assertThat(AheadNotice.due(called(), call.get().after(), 3)).as("a recall texts nobody").isEmpty();
        assertThat(AheadNotice.due(waiting(1), call.get().after(), 3)).as("nor a requeue").isEmpty();
    }

    @Test
    void aTicketIssuedCloseToItsTurnIsToldAtOnceAndOneCalledFirstGetsOnlyTheCall() {
        assertThat(AheadNotice.due(waiting(1), Sent.NOTHING, 3).map(AheadNotice.Text::text))
                .hasValue("【政务服务大厅】您的A007号前面还有1人，请回到大厅留意叫号。");
        assertThat(AheadNotice.due(called(), Sent.NOTHING, 3).map(t -> t.after())).hasValue(new Sent(true, true));
        assertThat(AheadNotice.due(waiting(3), Sent.NOTHING, 2)).as("the hall's own notifyAhead").isEmpty();
    }
}
