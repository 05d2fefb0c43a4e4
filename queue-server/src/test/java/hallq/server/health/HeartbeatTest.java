package hallq.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeartbeatTest {
    private static final long S = 1_000_000_000L;

    @Test
    void stalledOnlyAfterFiveSecondsWithoutATurn() {
        Heartbeat h = new Heartbeat(100 * S);
        assertThat(h.stalled(105 * S)).isFalse();
        assertThat(h.stalled(105 * S + 1)).isTrue();
        h.beat(106 * S);
        assertThat(h.stalled(110 * S)).isFalse();
        assertThat(h.silentFor(110 * S)).isEqualTo(4 * S);
    }
}
