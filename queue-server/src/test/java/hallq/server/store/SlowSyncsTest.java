package hallq.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SlowSyncsTest {
    private static long ms(long ms) {
        return TimeUnit.MILLISECONDS.toNanos(ms);
    }

    @Test
    void aFastSyncSaysNothingAndTheFirstSlowOneIsSaidAtOnce() {
        SlowSyncs s = new SlowSyncs();
        assertThat(s.took(ms(99), ms(1_000))).isEmpty();
        assertThat(s.took(ms(140), ms(2_000))).hasValueSatisfying(t -> assertThat(t)
                .startsWith("1 journal sync took over 100 ms").contains("the slowest 140 ms"));
    }

    @Test
    void slowSyncsWithinAMinuteAreCountedAndSaidTogetherAfterIt() {
        SlowSyncs s = new SlowSyncs();
        long t = ms(5_000);
        assertThat(s.took(ms(150), t)).isPresent();
        assertThat(s.took(ms(120), t + ms(10_000))).isEmpty();
        assertThat(s.took(ms(30), t + ms(20_000))).isEmpty();
        assertThat(s.took(ms(900), t + ms(30_000))).isEmpty();
        assertThat(s.took(ms(110), t + ms(61_000))).hasValueSatisfying(w -> assertThat(w)
                .startsWith("3 journal syncs took over 100 ms in the last minute").contains("the slowest 900 ms"));
        // counted afresh after each warning
        assertThat(s.took(ms(200), t + ms(130_000))).hasValueSatisfying(w -> assertThat(w)
                .startsWith("1 journal sync ").contains("the slowest 200 ms"));
    }
}
